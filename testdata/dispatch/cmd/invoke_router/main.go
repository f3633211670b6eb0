package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/invoke_router/ratelimit"
	"example.com/cases/dispatch/internal/invoke_router/rpc"
)

func main() {
	svc := &ratelimit.Service{Addr: os.Getenv("REDIS_ADDR"), Limit: 100}

	rt := rpc.NewRouter()
	rt.Handle("check", svc.Check)
	rt.Handle("ping", svc.Ping)

	lambda.StartWithOptions(rt, lambda.WithEnableSIGTERM())
}
