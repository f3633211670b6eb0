// Package boot describes how a worker starts, so every binary gets the
// same runtime options.
package boot

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

// SQSHandler handles a batch with partial failures.
type SQSHandler func(context.Context, events.SQSEvent) (events.SQSEventResponse, error)

// Worker is the start-up description of a worker.
type Worker struct {
	Name    string
	Handler SQSHandler
	Strict  bool
}

// Options returns the runtime options of w.
func (w Worker) Options() []lambda.Option {
	if w.Strict {
		return []lambda.Option{lambda.WithDisallowUnknownFields(true)}
	}
	return nil
}
