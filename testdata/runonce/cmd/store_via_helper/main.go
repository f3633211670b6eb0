// The guard reads the package variable directly; the guarded branch publishes
// the new client through a small setter.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

var rdb *redis.Client

func setRedis(c *redis.Client) {
	log.Printf("redis client ready for %s", c.Options().Addr)
	rdb = c
}

func handler(ctx context.Context, evt events.DynamoDBEvent) error {
	if rdb == nil {
		setRedis(redis.NewClient(&redis.Options{
			Addr:     os.Getenv("REDIS_ADDR"),
			Protocol: 3,
		}))
	}
	for _, rec := range evt.Records {
		if err := rdb.Del(ctx, "item:"+rec.Change.Keys["pk"].String()).Err(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
