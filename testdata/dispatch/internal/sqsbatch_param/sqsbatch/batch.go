package sqsbatch

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
)

type RecordFunc func(ctx context.Context, msg events.SQSMessage) error

// Handler turns a per-record func into a partial-batch SQS handler.
func Handler(fn RecordFunc) func(context.Context, events.SQSEvent) (events.SQSEventResponse, error) {
	return func(ctx context.Context, ev events.SQSEvent) (events.SQSEventResponse, error) {
		var resp events.SQSEventResponse
		for _, msg := range ev.Records {
			if err := fn(ctx, msg); err != nil {
				resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
			}
		}
		return resp, nil
	}
}
