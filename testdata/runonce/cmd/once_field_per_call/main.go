// A sync.Once field of a value the handler builds on every invocation:
// what it guards runs every time.
package main

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type session struct {
	once sync.Once
	rdb  *redis.Client
}

func (s *session) client() *redis.Client {
	s.once.Do(func() {
		s.rdb = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // EXPECT: the Once is a field of a session built on every invocation
	})
	return s.rdb
}

func handler(ctx context.Context, key string) (string, error) {
	s := &session{}
	return s.client().Get(ctx, key).Result()
}

func main() { lambda.Start(handler) }
