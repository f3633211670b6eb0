// Package shapes runs with -handler-shapes: a function shaped like a
// handler, in a package that registers none, is taken for one, and its
// work is reported here, with a fix.
package shapes

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func Handle(ctx context.Context, ev events.SQSEvent) error {
	_ = sqs.New(sqs.Options{}) // want `sqs.New builds a new SQS client`
	return nil
}
