// A function in another package's variable, called with the address the
// environment names.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/dynargs/cache"
)

func handler(ctx context.Context, key string) (string, error) {
	rdb := cache.Connect(os.Getenv("REDIS_ADDR"))
	defer rdb.Close()
	return rdb.Get(ctx, key).Result()
}

func main() { lambda.Start(handler) }
