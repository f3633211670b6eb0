// A locator made on every invocation: its Queue getter calls its Config
// getter inside its own guard, and both guards check fields of a value
// that is new each time. The configuration and the client are built on
// every invocation (reported at the call).
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/lazylocator"
)

func handle(ctx context.Context, ev events.S3Event) error {
	deps := &lazylocator.Locator{}
	_, err := deps.Table(ctx) // EXPECT: the locator's configuration and client, per invocation
	return err
}

func main() { lambda.Start(handle) }
