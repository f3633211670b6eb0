// sync.Once declared inside the handler: a fresh Once every invocation.
package main

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

func handler(ctx context.Context, evt events.SQSEvent) (events.SQSEventResponse, error) {
	var (
		once sync.Once
		rdb  *redis.Client
		resp events.SQSEventResponse
	)
	for _, msg := range evt.Records {
		once.Do(func() {
			rdb = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // EXPECT: redis client behind a handler-local sync.Once
		})
		ok, err := rdb.SetNX(ctx, "dedup:"+msg.MessageId, 1, 0).Result()
		if err != nil || !ok {
			resp.BatchItemFailures = append(resp.BatchItemFailures, events.SQSBatchItemFailure{ItemIdentifier: msg.MessageId})
		}
	}
	return resp, nil
}

func main() {
	lambda.Start(handler)
}
