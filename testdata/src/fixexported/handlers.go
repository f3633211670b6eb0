// Package fixexported holds a handler that another package registers, after
// setting an exported variable of this package: code reading it cannot move
// to init, which runs first.
package fixexported

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Region is set by the command before it starts the handler.
var Region string

// queueRegion is this package's own: nothing but its initializer sets it.
var queueRegion = "eu-west-1"

// Handle drains SQS batches.
func Handle(ctx context.Context, e events.SQSEvent) error {
	b := s3.New(s3.Options{Region: Region})        // want `s3.New builds .* \(no automatic fix: it reads Region, which another package may set after Init\)`
	q := sqs.New(sqs.Options{Region: queueRegion}) // want `sqs.New builds .* invocation of Handle; create it once outside the handler$`
	_, _ = b, q
	return nil
}
