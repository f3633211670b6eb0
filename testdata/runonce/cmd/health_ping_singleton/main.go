// Negative: a singleton that pings the cached client and reconnects only
// when the ping fails; the early return is nested in the check.
package main

import (
	"context"
	"os"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

var (
	rdb *redis.Client
	mu  sync.Mutex
)

func client() *redis.Client {
	mu.Lock()
	defer mu.Unlock()
	if rdb != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if rdb.Ping(ctx).Err() == nil {
			return rdb
		}
		_ = rdb.Close()
		rdb = nil
	}
	c := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	rdb = c
	return rdb
}

func handler(ctx context.Context, key string) (string, error) {
	return client().Get(ctx, key).Result()
}

func main() { lambda.Start(handler) }
