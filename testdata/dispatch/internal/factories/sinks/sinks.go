// Package sinks writes records to Redis.
package sinks

import (
	"context"

	"github.com/redis/go-redis/v9"
)

// PerRecord returns a sink that dials Redis for every record.
func PerRecord(addr string) func(context.Context, string) error {
	return func(ctx context.Context, rec string) error {
		rdb := redis.NewClient(&redis.Options{Addr: addr}) // EXPECT: what a factory passed as a value returns runs per record
		defer rdb.Close()
		return rdb.RPush(ctx, "records", rec).Err()
	}
}

// Shared returns a sink with one client, made when the sink is.
func Shared(addr string) func(context.Context, string) error {
	rdb := redis.NewClient(&redis.Options{Addr: addr})
	return func(ctx context.Context, rec string) error {
		return rdb.RPush(ctx, "records", rec).Err()
	}
}
