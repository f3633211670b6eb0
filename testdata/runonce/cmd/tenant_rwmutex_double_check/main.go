// Per-tenant Redis clients: RLock fast path, then Lock and re-check.
package main

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

var (
	tenantsMu     sync.RWMutex
	tenantClients = map[string]*redis.Client{}
)

func tenantClient(tenant string) *redis.Client {
	tenantsMu.RLock()
	c, ok := tenantClients[tenant]
	tenantsMu.RUnlock()
	if ok {
		return c
	}

	tenantsMu.Lock()
	defer tenantsMu.Unlock()
	if c, ok := tenantClients[tenant]; ok {
		return c
	}
	c = redis.NewClient(&redis.Options{
		Addr:       os.Getenv("REDIS_ADDR"),
		Username:   "tenant-" + tenant,
		Password:   os.Getenv("REDIS_TENANT_PASSWORD"),
		ClientName: "rate-limiter",
	})
	tenantClients[tenant] = c
	return c
}

func handler(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	tenant := req.Headers["x-tenant-id"]
	n, err := tenantClient(tenant).Incr(ctx, "req:"+req.RequestContext.HTTP.Path).Result()
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 500}, err
	}
	if n > 100 {
		return events.APIGatewayV2HTTPResponse{StatusCode: 429}, nil
	}
	return events.APIGatewayV2HTTPResponse{StatusCode: 204}, nil
}

func main() {
	lambda.Start(handler)
}
