// The same ping-and-reconnect guard, on a scope the handler builds on
// every invocation: the client is dialled every time.
package main

import (
	"context"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type scope struct {
	rdb *redis.Client
}

func (s *scope) client() *redis.Client {
	if s.rdb != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if s.rdb.Ping(ctx).Err() == nil {
			return s.rdb
		}
		_ = s.rdb.Close()
	}
	s.rdb = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // EXPECT: the guard is on a scope built on every invocation
	return s.rdb
}

func handler(ctx context.Context, key string) (string, error) {
	s := &scope{}
	return s.client().Get(ctx, key).Result()
}

func main() { lambda.Start(handler) }
