// The handler asks the kit for its clients on every invocation: the kit's
// getters look a constructor up in a table and call it with the
// configuration they are given, so the clients are built each time from
// the same configuration.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/clientkit/kit"
)

var cfg aws.Config

func handle(ctx context.Context, ev events.S3Event) error {
	store := kit.S3(cfg)
	queue := kit.SQS(cfg)
	_, _ = store, queue
	return nil
}

func main() {
	var err error
	if cfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handle)
}
