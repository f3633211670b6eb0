// Package pinged keeps one Redis client alive across invocations,
// reconnecting when it stops answering.
package pinged

import (
	"context"
	"os"
	"time"

	"github.com/redis/go-redis/v9"
)

var client *redis.Client

// Client answers the shared client while it answers pings.
func Client() *redis.Client {
	if client != nil {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		if client.Ping(ctx).Err() == nil {
			return client
		}
		_ = client.Close()
		client = nil
	}
	client = redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")})
	return client
}
