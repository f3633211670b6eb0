// Package factory builds the handler in a factory: the factory body runs
// once, in Init; only the closure it returns runs per invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type deps struct{ table string }

func newHandler(d deps) func(context.Context) error {
	cfg, err := config.LoadDefaultConfig(context.Background()) // Init: fine
	if err != nil {
		panic(err)
	}
	client := dynamodb.NewFromConfig(cfg) // Init: fine
	return func(ctx context.Context) error {
		again := dynamodb.NewFromConfig(cfg) // want `dynamodb.NewFromConfig builds .* invocation of the handler returned by newHandler`
		_ = again
		_, err := client.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String(d.table)}) // want `dynamodb.GetItemInput is rebuilt`
		return err
	}
}

func main() {
	lambda.Start(newHandler(deps{table: "t"}))
}
