// Negative: the same guard through a pointer the value shares with main,
// once on the receiver and once through a pointer field of a value
// receiver.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type conn struct{ rdb *redis.Client }

type counter struct {
	addr string
	rdb  *redis.Client
	c    *conn
}

func (c *counter) handle(ctx context.Context, key string) (int64, error) {
	if c.rdb == nil {
		c.rdb = redis.NewClient(&redis.Options{Addr: c.addr})
	}
	return c.rdb.Incr(ctx, key).Result()
}

func (c counter) decr(ctx context.Context, key string) (int64, error) {
	if c.c.rdb == nil {
		c.c.rdb = redis.NewClient(&redis.Options{Addr: c.addr})
	}
	return c.c.rdb.Decr(ctx, key).Result()
}

func main() {
	c := &counter{addr: "cache:6379", c: &conn{}}
	lambda.Start(c.handle)
	lambda.Start(c.decr)
}
