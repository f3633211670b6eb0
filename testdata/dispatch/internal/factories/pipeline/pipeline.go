// Package pipeline runs records through a sink.
package pipeline

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
)

// Sink takes one record.
type Sink[T any] func(ctx context.Context, rec T) error

// Handler is an SQS handler.
type Handler func(ctx context.Context, e events.SQSEvent) error

// New returns a handler that gives each message body to sink.
func New[T any](decode func(string) T, sink Sink[T]) Handler {
	return func(ctx context.Context, e events.SQSEvent) error {
		for _, m := range e.Records {
			if err := sink(ctx, decode(m.Body)); err != nil {
				return err
			}
		}
		return nil
	}
}
