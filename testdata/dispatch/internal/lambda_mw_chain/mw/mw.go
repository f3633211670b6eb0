package mw

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/redis/go-redis/v9"
)

type Handler func(context.Context, events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error)

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func Logging(next Handler) Handler {
	return func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
		start := time.Now()
		resp, err := next(ctx, req)
		log.Printf("%s %s -> %d in %s", req.HTTPMethod, req.Path, resp.StatusCode, time.Since(start))
		return resp, err
	}
}

// Idempotency rejects replays of the same Idempotency-Key header.
func Idempotency(ttl time.Duration) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
			key := req.Headers["Idempotency-Key"]
			if key == "" {
				return next(ctx, req)
			}
			rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // EXPECT: redis.NewClient per invocation (middleware closure in mw.Chain)
			defer rdb.Close()
			ok, err := rdb.SetNX(ctx, "idem:"+key, 1, ttl).Result()
			if err != nil {
				return events.APIGatewayProxyResponse{StatusCode: http.StatusServiceUnavailable}, err
			}
			if !ok {
				return events.APIGatewayProxyResponse{StatusCode: http.StatusConflict}, nil
			}
			return next(ctx, req)
		}
	}
}
