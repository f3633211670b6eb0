// Package chainmw chains middleware around a handler.
package chainmw

import (
	"context"
	"fmt"
	"regexp"
)

// Handler handles one event.
type Handler[E any] func(ctx context.Context, evt E) error

// Middleware wraps a handler.
type Middleware[E any] func(Handler[E]) Handler[E]

// Chain applies mws to h, the first outermost.
func Chain[E any](h Handler[E], mws ...Middleware[E]) Handler[E] {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// RequireID refuses events whose id does not look like one; it compiles
// its pattern on every event.
func RequireID[E any](id func(E) string) Middleware[E] {
	return func(next Handler[E]) Handler[E] {
		return func(ctx context.Context, evt E) error {
			if !regexp.MustCompile(`^[a-f0-9]{32}$`).MatchString(id(evt)) { // EXPECT: compiled in a middleware's closure, chained onto a handler reassigned in main
				return fmt.Errorf("bad id")
			}
			return next(ctx, evt)
		}
	}
}

// RequireIDOnce compiles its pattern when the middleware is made.
func RequireIDOnce[E any](id func(E) string) Middleware[E] {
	re := regexp.MustCompile(`^[a-f0-9]{32}$`)
	return func(next Handler[E]) Handler[E] {
		return func(ctx context.Context, evt E) error {
			if !re.MatchString(id(evt)) {
				return fmt.Errorf("bad id")
			}
			return next(ctx, evt)
		}
	}
}

// Base handles the event.
func Base[E any]() Handler[E] {
	return func(ctx context.Context, evt E) error { return nil }
}
