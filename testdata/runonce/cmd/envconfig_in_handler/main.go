// Settings parsed with envconfig inside the handler, then used to build a Redis client.
package main

import (
	"context"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/kelseyhightower/envconfig"
	"github.com/redis/go-redis/v9"
)

type Spec struct {
	RedisAddr string        `envconfig:"REDIS_ADDR" required:"true"`
	PoolSize  int           `envconfig:"REDIS_POOL" default:"4"`
	TTL       time.Duration `envconfig:"CACHE_TTL" default:"5m"`
}

func handler(ctx context.Context, evt events.SQSEvent) error {
	var spec Spec
	if err := envconfig.Process("", &spec); err != nil {
		return err
	}
	rdb := redis.NewClient(&redis.Options{Addr: spec.RedisAddr, PoolSize: spec.PoolSize}) // EXPECT: redis client from envconfig settings
	defer rdb.Close()

	for _, msg := range evt.Records {
		if err := rdb.Set(ctx, "msg:"+msg.MessageId, msg.Body, spec.TTL).Err(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
