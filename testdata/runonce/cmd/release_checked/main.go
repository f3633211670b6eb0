// Positive: the handler releases the connections at the end of every
// invocation; Release clears them under a check that they are set, which
// clears them either way, so the lazy client of conns.DB is built on
// every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/releasechecked/conns"
)

func handle(ctx context.Context) error {
	defer conns.Release()
	_, err := conns.DB(ctx)
	return err
}

func main() { lambda.Start(handle) }
