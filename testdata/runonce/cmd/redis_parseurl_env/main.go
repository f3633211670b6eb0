// Options parsed from a REDIS_URL the handler never sets; client built per call.
package main

import (
	"context"
	"os"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

func handler(ctx context.Context, req events.LambdaFunctionURLRequest) (events.LambdaFunctionURLResponse, error) {
	opt, err := redis.ParseURL(os.Getenv("REDIS_URL"))
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: 500}, err
	}
	rdb := redis.NewClient(opt) // EXPECT: redis client from env-parsed options
	defer rdb.Close()

	n, err := rdb.PFCount(ctx, "visitors:"+req.RawPath).Result()
	if err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: 502}, err
	}
	if err := rdb.PFAdd(ctx, "visitors:"+req.RawPath, req.RequestContext.HTTP.SourceIP).Err(); err != nil {
		return events.LambdaFunctionURLResponse{StatusCode: 502}, err
	}
	return events.LambdaFunctionURLResponse{StatusCode: 200, Body: strconv.FormatInt(n, 10)}, nil
}

func main() {
	lambda.Start(handler)
}
