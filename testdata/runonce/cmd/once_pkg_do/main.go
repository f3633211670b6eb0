// Package-level sync.Once guards Redis client creation.
package main

import (
	"context"
	"os"
	"sync"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

var (
	redisOnce sync.Once
	rdb       *redis.Client
)

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	redisOnce.Do(func() {
		rdb = redis.NewClient(&redis.Options{
			Addr:        os.Getenv("REDIS_ADDR"),
			DialTimeout: 2 * time.Second,
		})
	})

	val, err := rdb.Get(ctx, "session:"+req.Headers["Authorization"]).Result()
	if err == redis.Nil {
		return events.APIGatewayProxyResponse{StatusCode: 401}, nil
	}
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: 500}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: 200, Body: val}, nil
}

func main() {
	lambda.Start(handler)
}
