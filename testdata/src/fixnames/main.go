// Package fixnames already uses the names the moved code has: the hoisted
// variables take fresh ones, and the handler follows.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var client = "taken"

func log() {} // the name log is taken: the fix cannot call log.Fatalf

func handler(ctx context.Context) error {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	client := dynamodb.NewFromConfig(cfg)   // want `dynamodb.NewFromConfig builds`
	_, err := client.Scan(ctx, nil)
	return err
}

func other(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: the name log is taken in this file\)`
	if err != nil {
		return err
	}
	_ = cfg
	return nil
}

func main() {
	lambda.Start(handler)
	lambda.Start(other)
}
