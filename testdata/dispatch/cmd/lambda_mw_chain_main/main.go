package main

import (
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"

	"example.com/cases/dispatch/internal/lambda_mw_chain_main/mw"
	"example.com/cases/dispatch/internal/lambda_mw_chain_main/refunds"
)

func main() {
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	h := mw.Chain(refunds.Handle, mw.Idempotency(rdb, 24*time.Hour))
	lambda.Start(h)
}
