// First invocation wins an atomic.Bool CAS and builds the Redis client.
package main

import (
	"context"
	"os"
	"sync/atomic"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

var (
	started atomic.Bool
	ready   = make(chan struct{})
	rdb     *redis.Client
)

func handler(ctx context.Context, evt events.SQSEvent) error {
	if started.CompareAndSwap(false, true) {
		rdb = redis.NewClient(&redis.Options{
			Addr:     os.Getenv("REDIS_ADDR"),
			Password: os.Getenv("REDIS_PASSWORD"),
		})
		close(ready)
	}
	<-ready

	for _, msg := range evt.Records {
		if err := rdb.Incr(ctx, "seen:"+msg.Attributes["MessageGroupId"]).Err(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
