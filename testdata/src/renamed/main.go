// Package renamed imports the runtime as "runtime" (lambda is taken by the
// SDK's Lambda service in real code) and the SDK under other names.
package main

import (
	"context"

	runtime "github.com/aws/aws-lambda-go/lambda"
	awscfg "github.com/aws/aws-sdk-go-v2/config"
	ddb "github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type Event struct{ ID string }

func handle(ctx context.Context, e Event) (string, error) {
	cfg, err := awscfg.LoadDefaultConfig(ctx, awscfg.WithRegion("eu-west-1")) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return "", err
	}
	db := ddb.NewFromConfig(cfg, func(o *ddb.Options) { o.Region = "eu-west-1" }) // want `dynamodb.NewFromConfig builds a new DynamoDB client`
	_ = db
	return e.ID, nil
}

func main() {
	runtime.Start(handle)
}
