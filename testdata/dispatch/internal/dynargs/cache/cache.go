// Package cache connects to Redis; which function it uses is a variable
// main may replace.
package cache

import "github.com/redis/go-redis/v9"

// Connect dials addr.
var Connect = func(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: addr}) // EXPECT: dialled with what the call through the variable passes, the same each time
}

// Dial dials addr; the negative's handler passes the event's.
var Dial = func(addr string) *redis.Client {
	return redis.NewClient(&redis.Options{Addr: addr})
}
