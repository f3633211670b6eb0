// Package orders records orders from the queue.
package orders

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Recorder records orders; main builds it.
type Recorder struct {
	Cfg   aws.Config
	Queue string
}

// Record handles one batch.
func (r *Recorder) Record(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) {
	client := sqs.NewFromConfig(r.Cfg) // EXPECT: a client per batch, the handler held in a field of main's start-up literal
	for _, m := range e.Records {
		if _, err := client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(r.Queue), MessageBody: aws.String(m.Body)}); err != nil {
			return events.SQSEventResponse{}, err
		}
	}
	return events.SQSEventResponse{}, nil
}

var sku = regexp.MustCompile(`^[A-Z]{3}-\d{4}$`)

// Validate only checks the batch: nothing to build.
func Validate(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) {
	var out events.SQSEventResponse
	for _, m := range e.Records {
		if !sku.MatchString(m.Body) {
			out.BatchItemFailures = append(out.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: m.MessageId})
		}
	}
	return out, nil
}
