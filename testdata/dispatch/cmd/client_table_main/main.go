// The same kit called once, in main: nothing is reported.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/clientkit/kit"
)

type app struct {
	store *s3.Client
	queue *sqs.Client
}

func (a *app) handle(ctx context.Context, ev events.S3Event) error {
	_, _ = a.store, a.queue
	return nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	a := &app{store: kit.S3(cfg), queue: kit.SQS(cfg)}
	lambda.Start(a.handle)
}
