// Command own_generic_service_cached instantiates the same service over
// the store whose client main builds: nothing to report, although the
// dialing store is in the same package.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"

	"example.com/cases/dispatch/internal/own_generic_service/kv"
	"example.com/cases/dispatch/internal/own_generic_service/svc"
)

func main() {
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	s := svc.Service[kv.Kept]{Store: kv.Kept{RDB: rdb}}
	lambda.Start(s.Lookup)
}
