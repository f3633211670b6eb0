// Negative: another package's getter clears its client under a check that
// it is set, but only after a ping fails; a healthy client is returned
// before the clear, so it is kept across invocations.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/releasechecked/pinged"
)

func handle(ctx context.Context, key string) (string, error) {
	return pinged.Client().Get(ctx, key).Result()
}

func main() { lambda.Start(handle) }
