// Negative: Release runs when the environment shuts down (a SIGTERM
// callback), not after each invocation: the lazy client is built once.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/releasechecked/conns"
)

func handle(ctx context.Context) error {
	_, err := conns.DB(ctx)
	return err
}

func main() { lambda.StartWithOptions(handle, lambda.WithEnableSIGTERM(conns.Release)) }
