// Package lazy provides a small generic memoising cell.
package lazy

import "sync"

// Value builds its content on the first Get and returns it afterwards.
type Value[T any] struct {
	mu   sync.Mutex
	done bool
	val  T
}

// Get returns the cached value, calling build only when nothing is cached yet.
func (v *Value[T]) Get(build func() T) T {
	v.mu.Lock()
	defer v.mu.Unlock()
	if !v.done {
		v.val = build()
		v.done = true
	}
	return v.val
}
