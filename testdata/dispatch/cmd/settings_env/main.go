// A settings package that reads only the environment: what the handler
// builds from it is the same on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"

	"example.com/cases/dispatch/internal/settings_env/cache"
	"example.com/cases/dispatch/internal/settings_env/settings"
)

type request struct{ Key string }

func handler(ctx context.Context, req request) (string, error) {
	s := settings.FromEnv()
	sessions := redis.NewClient(&redis.Options{Addr: s.RedisAddr, DB: 1}) // EXPECT: built from another package's environment settings
	if _, err := sessions.Ping(ctx).Result(); err != nil {
		return "", err
	}
	return cache.Lookup(ctx, req.Key)
}

func main() { lambda.Start(handler) }
