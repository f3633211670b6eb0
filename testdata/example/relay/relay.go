// Package relay forwards SQS messages to another queue, in another region.
// Its command sets Region and QueueURL before it starts the handler, so the
// client cannot be built in init, which runs first: lambdainit's fix
// builds it once, on the first invocation, in a sync.OnceFunc.
package relay

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Region and QueueURL name the target queue; the command sets them.
var (
	Region   string
	QueueURL string
)

// cfg is loaded once, in init, as AWS documents.
var cfg aws.Config

func init() {
	var err error
	cfg, err = config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatalf("unable to load SDK config: %v", err)
	}
}

// Handle forwards every message of the batch.
func Handle(ctx context.Context, e events.SQSEvent) error {
	target := sqs.NewFromConfig(cfg, func(o *sqs.Options) { o.Region = Region })
	for _, m := range e.Records {
		_, err := target.SendMessage(ctx, &sqs.SendMessageInput{
			QueueUrl:    aws.String(QueueURL),
			MessageBody: aws.String(m.Body),
		})
		if err != nil {
			return err
		}
	}
	return nil
}
