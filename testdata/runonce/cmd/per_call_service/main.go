// The service caches its client on itself, but the handler builds a new
// service on every invocation: the cache never hits.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/runonce/internal/orders"
)

var cfg aws.Config

func handler(ctx context.Context, id string) error {
	svc := orders.NewService(cfg)
	return svc.Get(ctx, id)
}

func main() {
	var err error
	if cfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
