package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambdaurl"

	"example.com/cases/dispatch/internal/lambdaurl_redis/redisstore"
	"example.com/cases/dispatch/internal/lambdaurl_redis/session"
)

func main() {
	lambdaurl.Start(session.NewHandler(redisstore.Store{URL: os.Getenv("REDIS_URL")}))
}
