// The handler builds a client for each region of a package-level list:
// the same regions, so the same clients, on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var replicas = []string{"eu-west-1", "us-east-1"}

func handler(ctx context.Context) error {
	for _, region := range replicas {
		c := dynamodb.New(dynamodb.Options{Region: region}) // EXPECT: one client per region of a fixed list, on every invocation
		_ = c
	}
	return nil
}

func main() { lambda.Start(handler) }
