// Negative: the handler defers cache.Forget, which keeps the client: the
// guard builds the client and its input once.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/releasecache/cache"
)

// Tick is the schedule's event.
type Tick struct{ ID string }

func handle(ctx context.Context, t Tick) (int64, error) {
	defer cache.Forget()
	cache.Note(t.ID)
	_, n, err := cache.Table(ctx)
	return n, err
}

func main() { lambda.Start(handle) }
