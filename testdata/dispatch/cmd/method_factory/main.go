// Positive: the registered handler is what a method of another package's
// generic type returns (c.Handler(send), StartHandlerFunc): its closure
// compiles a pattern per batch.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/methodfactory/batch"
)

// Receipt is one message.
type Receipt struct{ Order string }

func send(ctx context.Context, r Receipt) error { return nil }

func main() {
	c := &batch.Consumer[Receipt]{Strict: true}
	lambda.StartHandlerFunc(c.Handler(send))
}
