// Negative twin of lazy_locator: the locator is made once in main and the
// handler, a closure, asks it for the client: both getters build once.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/lazylocator"
)

func main() {
	deps := &lazylocator.Locator{}
	lambda.Start(func(ctx context.Context, ev events.S3Event) error {
		_, err := deps.Table(ctx)
		return err
	})
}
