// Package keyed is a generic cache of values by key, which builds a value
// with the function it is given when the key is missing.
package keyed

import "sync"

// Cache maps keys to values built once each.
type Cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// New returns an empty cache.
func New[K comparable, V any]() *Cache[K, V] { return &Cache[K, V]{m: map[K]V{}} }

// Get returns the value of k, building it with build when there is none.
func (c *Cache[K, V]) Get(k K, build func() V) V {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.m[k]; ok {
		return v
	}
	v := build()
	c.m[k] = v
	return v
}
