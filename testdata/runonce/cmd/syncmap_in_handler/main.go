// A sync.Map used as a client cache, but declared inside the handler.
package main

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

func handler(ctx context.Context, evt events.SQSEvent) error {
	var pools sync.Map // shard -> *redis.Client
	var wg sync.WaitGroup
	errs := make(chan error, len(evt.Records))
	for _, msg := range evt.Records {
		shard := msg.Attributes["MessageGroupId"]
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := pools.Load(shard)
			if !ok {
				v, _ = pools.LoadOrStore(shard, redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})) // EXPECT: redis client cached in a handler-local sync.Map
			}
			errs <- v.(*redis.Client).RPush(ctx, "shard:"+shard, msg.Body).Err()
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
