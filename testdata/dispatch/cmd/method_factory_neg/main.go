// Negative: the method that compiles its pattern where the handler is
// made (c.Prepared(send)), once, in main.
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
	c := &batch.Consumer[Receipt]{}
	lambda.Start(c.Prepared(send))
}
