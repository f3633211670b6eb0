// The handler clears another package's pool, a field of its receiver, at
// the start of every invocation: the client is built every time.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/fleetpool"
)

func handler(ctx context.Context, key string) error {
	fleetpool.Default.Reset()
	_, err := fleetpool.Default.Get("eu-west-1").DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(key)})
	return err
}

func main() { lambda.Start(handler) }
