// Negative: the pool is cleared only when a call fails.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/fleetpool"
)

func handler(ctx context.Context, key string) error {
	_, err := fleetpool.Default.Get("eu-west-1").DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(key)})
	if err != nil {
		fleetpool.Default.Reset()
	}
	return err
}

func main() { lambda.Start(handler) }
