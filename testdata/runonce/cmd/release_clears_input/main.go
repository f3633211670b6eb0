// Positive: the cache looks right (a mutex and a nil check), but the
// handler defers cache.Reset, which clears the client: the client and the
// input on the same guarded path are built on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/releasecache/cache"
)

// Tick is the schedule's event.
type Tick struct{ ID string }

func handle(ctx context.Context, t Tick) (int64, error) {
	defer cache.Reset()
	cache.Note(t.ID)
	_, n, err := cache.Table(ctx)
	return n, err
}

func main() { lambda.Start(handle) }
