// Package itemcache caches items, in memory or in Redis.
package itemcache

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/redis/go-redis/v9"
)

// Cache keeps items by key.
type Cache interface {
	Get(ctx context.Context, key string) (string, bool)
	Set(ctx context.Context, key, val string)
}

// Redis is a Cache that dials Redis on every call.
type Redis struct{ Addr string }

// Get reads key.
func (r Redis) Get(ctx context.Context, key string) (string, bool) {
	v, err := redis.NewClient(&redis.Options{Addr: r.Addr}).Get(ctx, key).Result() // EXPECT: the cache's Get dials on every call
	return v, err == nil
}

// Set writes key.
func (r Redis) Set(ctx context.Context, key, val string) {
	redis.NewClient(&redis.Options{Addr: r.Addr}).Set(ctx, key, val, 0) // EXPECT: the store of a cache-aside path dials on every miss
}

// Clients keeps one S3 client per region, built on first use.
type Clients struct{ m sync.Map }

// For returns the region's client.
func (c *Clients) For(region string) *s3.Client {
	if v, ok := c.m.Load(region); ok {
		return v.(*s3.Client)
	}
	v, _ := c.m.LoadOrStore(region, s3.New(s3.Options{Region: region}))
	return v.(*s3.Client)
}
