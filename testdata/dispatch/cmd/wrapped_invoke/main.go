// A lambda.Handler decorated by another package's factory: the
// decorator's Invoke runs on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/wrapped/tracing"
)

func handle(ctx context.Context, in map[string]string) (string, error) { return in["id"], nil }

func main() {
	lambda.StartHandler(tracing.Wrap(lambda.NewHandler(handle)))
}
