// The generic builder called in main, given the literal: the client is
// built once, and the handler uses it. Nothing is reported.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/clientkit/kit"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	q := kit.Build(cfg, func(c aws.Config) *sqs.Client { return sqs.NewFromConfig(c) })
	lambda.Start(func(ctx context.Context, ev events.SQSEvent) error {
		_ = q
		return nil
	})
}
