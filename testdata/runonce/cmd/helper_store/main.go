// The cache's guard looks up a map on its receiver, and the path it
// guards stores the entry through helper methods (refresh, then
// remember): the description runs once per table and minute, not on
// every invocation, and nothing is reported.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/paramcache"
)

var reader paramcache.Reader

func handle(ctx context.Context) (string, error) {
	return reader.Status(ctx, "orders")
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	reader = paramcache.New(dynamodb.NewFromConfig(cfg))
	lambda.Start(handle)
}
