package mw

import (
	"context"
	"net/http"
	"regexp"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/redis/go-redis/v9"
)

type Handler func(context.Context, events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error)

type Middleware func(Handler) Handler

var keyFormat = regexp.MustCompile(`^[A-Za-z0-9-]{8,64}$`)

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// Idempotency takes a client built by the caller (main).
func Idempotency(rdb *redis.Client, ttl time.Duration) Middleware {
	return func(next Handler) Handler {
		return func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
			key := req.Headers["Idempotency-Key"]
			if !keyFormat.MatchString(key) {
				return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
			}
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
