// The same guard, but the helper it calls stores only a counter beside
// the map: the entry is never kept, so the same description is built on
// every invocation.
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
	reader = paramcache.NewCounting(dynamodb.NewFromConfig(cfg))
	lambda.Start(handle)
}
