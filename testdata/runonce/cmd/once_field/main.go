// A configuration getter kept in a field of the handler's struct, made by
// sync.OnceValues in main: every call answers what the first loaded. A
// helper the handler calls wraps the client in a sync.OnceValue of its
// own, a new one on every call, so the client built from that
// configuration is built on every invocation.
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
		return sqs.NewFromConfig(cfg) // EXPECT: a new OnceValue on every invocation, from a configuration loaded once
	})
}

type relay struct {
	config   func() (aws.Config, error)
	queueURL string
}

func (r *relay) handle(ctx context.Context, ev events.SNSEvent) error {
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
