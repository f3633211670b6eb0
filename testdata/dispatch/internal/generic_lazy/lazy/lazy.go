// Package lazy wraps sync.OnceValues for readability at call sites.
package lazy

import "sync"

func Value[T any](f func() (T, error)) func() (T, error) {
	return sync.OnceValues(f)
}
