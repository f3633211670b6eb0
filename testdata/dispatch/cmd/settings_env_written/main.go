// Negative: the handler points the environment at the tenant's Redis
// before it reads the settings, so what it builds from them differs
// between invocations.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"

	"example.com/cases/dispatch/internal/settings_env/settings"
)

type request struct{ Key, RedisAddr string }

func handler(ctx context.Context, req request) (string, error) {
	os.Setenv("REDIS_ADDR", req.RedisAddr)
	s := settings.FromEnv()
	rdb := redis.NewClient(&redis.Options{Addr: s.RedisAddr})
	return rdb.Get(ctx, req.Key).Result()
}

func main() { lambda.Start(handler) }
