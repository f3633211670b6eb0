package main

import (
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/cache_env_switch/cache"
	"example.com/cases/dispatch/internal/cache_env_switch/quotes"
	"example.com/cases/dispatch/internal/cache_env_switch/rediscache"
)

func main() {
	var c cache.Cache
	if addr := os.Getenv("REDIS_ADDR"); addr != "" {
		c = &rediscache.Store{Addr: addr, TTL: time.Minute}
	} else {
		c = cache.NewMemory()
	}
	h := &quotes.Handler{Cache: c}
	lambda.Start(h.Quote)
}
