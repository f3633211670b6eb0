// Package fixjoin has files with an init of their own. A fix that lands in
// init adds its code at the end of that init, after what it sets, rather
// than a second init beside it; where that could change what runs, or
// collide with the init's own names, it adds an init of its own.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var table string

func init() {
	log.SetFlags(0)
	table = os.Getenv("TABLE")
}

// handler's code reads table, which the init above sets: it runs after it.
func handler(ctx context.Context) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(table)) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return "", err
	}
	db := dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig builds`
	_ = db
	return table, nil
}

func main() {
	lambda.Start(handler)
	lambda.Start(early)
	lambda.Start(shadowed)
	lambda.Start(deferred)
	lambda.Start(first)
	lambda.Start(second)
}
