// Positive: the handler has awsx.Init reload the configuration into
// package variables at the top of every invocation (to the same value each
// time), then builds a client from it through store.Table: the client is
// the same on every invocation. No fix: the variable is not set before
// the first invocation runs Init.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/samewrite/awsx"
	"example.com/cases/runonce/internal/samewrite/store"
)

// Job names the item to delete.
type Job struct{ ID string }

func handle(ctx context.Context, j Job) error {
	awsx.Init() // EXPECT: the configuration is loaded again on every invocation
	_, err := store.Table().DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(j.ID)})
	return err
}

func main() { lambda.Start(handle) }
