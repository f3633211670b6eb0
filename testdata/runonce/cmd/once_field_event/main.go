// The same getter, but the handler replaces it when a record names a
// region: what it answers may differ between invocations, and so does the
// client built from it. Nothing is reported.
package main

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// lazyQueue returns a getter of a client built on its first call.
func lazyQueue(cfg aws.Config) func() *sqs.Client {
	return sync.OnceValue(func() *sqs.Client {
		return sqs.NewFromConfig(cfg)
	})
}

type relay struct {
	config   func() (aws.Config, error)
	queueURL string
}

func (r *relay) handle(ctx context.Context, ev events.SNSEvent) error {
	if len(ev.Records) > 0 && ev.Records[0].EventSource != "aws:sns" {
		region := ev.Records[0].EventSource
		r.config = func() (aws.Config, error) {
			return config.LoadDefaultConfig(ctx, config.WithRegion(region))
		}
	}
	cfg, err := r.config()
	if err != nil {
		return err
	}
	queue := lazyQueue(cfg)
	for _, rec := range ev.Records {
		if _, err := queue().SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(r.queueURL), MessageBody: aws.String(rec.SNS.Message)}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	r := &relay{
		config: sync.OnceValues(func() (aws.Config, error) {
			return config.LoadDefaultConfig(context.Background())
		}),
		queueURL: os.Getenv("QUEUE_URL"),
	}
	lambda.Start(r.handle)
}
