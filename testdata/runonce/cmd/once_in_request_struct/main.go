// sync.Once held in a struct created inside the handler: Do runs once per invocation.
package main

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type requestScope struct {
	once sync.Once
	rdb  *redis.Client
}

func handler(ctx context.Context, evt events.SNSEvent) error {
	scope := &requestScope{}
	defer func() {
		if scope.rdb != nil {
			_ = scope.rdb.Close()
		}
	}()
	for _, rec := range evt.Records {
		scope.once.Do(func() {
			scope.rdb = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // EXPECT: redis client behind a sync.Once created per invocation
		})
		if err := scope.rdb.Publish(ctx, "notifications", rec.SNS.Message).Err(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
