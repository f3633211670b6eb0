// Package noshapes runs with -no-handler-shapes: a function shaped like a
// handler is not taken for one.
package noshapes

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func Handle(ctx context.Context, ev events.SQSEvent) error {
	_ = sqs.New(sqs.Options{})
	return nil
}
