// A registry whose client is built behind a double-checked lock (a read
// of a copy under RLock, then a check under Lock) from a configuration a
// helper loads behind a guard of its own: the handler resets both at the
// end of every invocation, so both are built again on every one
// (reported at the call, with each piece of work).
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/regclients"
)

func main() {
	lambda.Start(func(ctx context.Context, ev events.SQSEvent) error {
		defer regclients.Reset()
		_, err := regclients.DB(ctx)
		return err
	})
}
