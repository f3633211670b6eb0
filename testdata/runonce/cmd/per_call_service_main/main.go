// Negative: main builds the service once; its cache keeps the client.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/runonce/internal/orders"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	svc := orders.NewService(cfg)
	lambda.Start(func(ctx context.Context, id string) error { return svc.Get(ctx, id) })
}
