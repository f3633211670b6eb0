// Package adapt makes a handler from a builder, lazily.
package adapt

import (
	"context"
	"sync"
)

// PerCall makes the OnceValues inside the closure: the builder runs on
// every invocation.
func PerCall[T any](build func() (func(context.Context, T) error, error)) func(context.Context, T) error {
	return func(ctx context.Context, in T) error {
		get := sync.OnceValues(build)
		h, err := get()
		if err != nil {
			return err
		}
		return h(ctx, in)
	}
}

// Once makes it in its own body, which runs where main calls it: the
// builder runs once.
func Once[T any](build func() (func(context.Context, T) error, error)) func(context.Context, T) error {
	get := sync.OnceValues(build)
	return func(ctx context.Context, in T) error {
		h, err := get()
		if err != nil {
			return err
		}
		return h(ctx, in)
	}
}
