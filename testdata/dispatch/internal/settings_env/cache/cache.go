// Package cache reads through Redis.
package cache

import (
	"context"

	"github.com/redis/go-redis/v9"

	"example.com/cases/dispatch/internal/settings_env/settings"
)

// Lookup reads key, building its client from the settings.
func Lookup(ctx context.Context, key string) (string, error) {
	s := settings.FromEnv()
	rdb := redis.NewClient(&redis.Options{Addr: s.RedisAddr, PoolSize: s.PoolSize}) // EXPECT: built from settings another package reads from the environment
	return rdb.Get(ctx, key).Result()
}
