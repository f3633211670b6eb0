// Package memomap is a small memo map: Get builds a key's value once.
package memomap

import "sync"

// Map memoises values by key.
type Map[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

// New returns an empty Map.
func New[K comparable, V any]() *Map[K, V] { return &Map[K, V]{m: map[K]V{}} }

// Get answers k's value, calling build only when it has none yet.
func (l *Map[K, V]) Get(k K, build func() V) V {
	l.mu.Lock()
	defer l.mu.Unlock()
	if v, ok := l.m[k]; ok {
		return v
	}
	v := build()
	l.m[k] = v
	return v
}
