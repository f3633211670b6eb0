// The handler sets TENANT_ID from the event, but the Redis address comes from
// REDIS_ADDR, which the handler never touches.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type TenantEvent struct {
	Tenant string `json:"tenant"`
	Key    string `json:"key"`
}

func handler(ctx context.Context, evt TenantEvent) (string, error) {
	os.Setenv("TENANT_ID", evt.Tenant) // read by the logging library

	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // EXPECT: redis client; REDIS_ADDR is not set by the handler
	defer rdb.Close()
	return rdb.Get(ctx, evt.Tenant+":"+evt.Key).Result()
}

func main() {
	lambda.StartWithContext(context.Background(), handler)
}
