// Same generic lazy cell, but declared inside the handler: it memoises nothing across calls.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"

	"example.com/cases/runonce/internal/lazy"
)

func handler(ctx context.Context, evt events.KinesisEvent) error {
	var cell lazy.Value[*redis.Client]
	for _, rec := range evt.Records {
		rdb := cell.Get(func() *redis.Client {
			return redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // EXPECT: redis client in a handler-local lazy cell
		})
		if err := rdb.XAdd(ctx, &redis.XAddArgs{
			Stream: "clicks",
			Values: map[string]any{"seq": rec.Kinesis.SequenceNumber, "data": rec.Kinesis.Data},
		}).Err(); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
