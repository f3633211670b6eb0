// Negative: the client is cleared only when a call fails, so that the
// next invocation dials again; otherwise it is kept.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

var rdb *redis.Client

func handler(ctx context.Context, key string) (string, error) {
	if rdb == nil {
		rdb = redis.NewClient(&redis.Options{Addr: "cache:6379"})
	}
	v, err := rdb.Get(ctx, key).Result()
	if err != nil {
		rdb = nil
	}
	return v, err
}

func main() { lambda.Start(handler) }
