// Package kv holds two stores a generic service can be built over: one
// that dials Redis on every Get, one that keeps its client.
package kv

import (
	"context"
	"os"

	"github.com/redis/go-redis/v9"
)

// Dialing opens a client on every Get.
type Dialing struct{}

// Get reads one key.
func (Dialing) Get(ctx context.Context, key string) (string, error) {
	rdb := redis.NewClient(&redis.Options{Addr: os.Getenv("REDIS_ADDR")}) // EXPECT: redis client per Get, reached through the type parameter of svc.Service
	return rdb.Get(ctx, key).Result()
}

// Kept holds a client built once.
type Kept struct{ RDB *redis.Client }

// Get reads one key.
func (k Kept) Get(ctx context.Context, key string) (string, error) {
	return k.RDB.Get(ctx, key).Result()
}
