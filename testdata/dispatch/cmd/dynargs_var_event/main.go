// Negative: the same call through a variable, with the event's address.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/dynargs/cache"
)

type event struct{ Addr, Key string }

func handler(ctx context.Context, e event) (string, error) {
	rdb := cache.Dial(e.Addr)
	defer rdb.Close()
	return rdb.Get(ctx, e.Key).Result()
}

func main() { lambda.Start(handler) }
