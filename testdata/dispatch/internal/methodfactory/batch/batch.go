// Package batch adapts typed processors to SQS batch handlers.
package batch

import (
	"context"
	"encoding/json"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
)

// Consumer decodes message bodies into T.
type Consumer[T any] struct {
	Strict bool
}

// Handler returns the SQS handler that decodes each record and passes it
// to fn. Its closure runs on every batch.
func (c *Consumer[T]) Handler(fn func(context.Context, T) error) func(context.Context, events.SQSEvent) (events.SQSEventResponse, error) {
	return func(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) {
		trace := regexp.MustCompile(`Root=(1-[0-9a-f]{8}-[0-9a-f]{24})`) // EXPECT: compiled per batch in the closure a method of a generic type returns
		var out events.SQSEventResponse
		for _, r := range e.Records {
			_ = trace.FindString(r.Attributes["AWSTraceHeader"])
			var v T
			if err := json.Unmarshal([]byte(r.Body), &v); err != nil || fn(ctx, v) != nil {
				out.BatchItemFailures = append(out.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: r.MessageId})
			}
		}
		return out, nil
	}
}

// Prepared is Handler with the pattern compiled where the handler is made.
func (c *Consumer[T]) Prepared(fn func(context.Context, T) error) func(context.Context, events.SQSEvent) (events.SQSEventResponse, error) {
	trace := regexp.MustCompile(`Root=(1-[0-9a-f]{8}-[0-9a-f]{24})`)
	return func(ctx context.Context, e events.SQSEvent) (events.SQSEventResponse, error) {
		var out events.SQSEventResponse
		for _, r := range e.Records {
			_ = trace.FindString(r.Attributes["AWSTraceHeader"])
			var v T
			if err := json.Unmarshal([]byte(r.Body), &v); err != nil || fn(ctx, v) != nil {
				out.BatchItemFailures = append(out.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: r.MessageId})
			}
		}
		return out, nil
	}
}
