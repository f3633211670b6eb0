// The nil check would cache the client, but every invocation clears it
// when it returns: the client is built on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

var rdb *redis.Client

func handler(ctx context.Context, key string) (string, error) {
	defer func() { rdb = nil }()
	if rdb == nil {
		rdb = redis.NewClient(&redis.Options{Addr: "cache:6379"}) // EXPECT: the state is cleared when each invocation returns
	}
	return rdb.Get(ctx, key).Result()
}

func main() { lambda.Start(handler) }
