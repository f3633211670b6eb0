// The guard keeps the client in a field of a value receiver: each call
// works on its own copy, so the client is built on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type counter struct {
	addr string
	rdb  *redis.Client
}

func (c counter) handle(ctx context.Context, key string) (int64, error) {
	if c.rdb == nil {
		c.rdb = redis.NewClient(&redis.Options{Addr: c.addr}) // EXPECT: a value receiver's field is the call's copy
	}
	return c.rdb.Incr(ctx, key).Result()
}

func main() {
	lambda.Start(counter{addr: "cache:6379"}.handle)
}
