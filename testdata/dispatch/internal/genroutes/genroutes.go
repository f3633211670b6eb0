// Package genroutes dispatches events through generic function types:
// a route table, a pipeline of steps and a fan-out over items.
package genroutes

import (
	"context"
	"fmt"
)

// Route handles one kind of event.
type Route[E any] func(context.Context, E) error

// By returns a handler that picks a route by the event's key.
func By[E any, K comparable](key func(E) K, routes map[K]Route[E]) Route[E] {
	return func(ctx context.Context, e E) error {
		r, ok := routes[key(e)]
		if !ok {
			return fmt.Errorf("no route for %v", key(e))
		}
		return r(ctx, e)
	}
}

// Pipeline runs its steps in order.
type Pipeline[T any] struct {
	steps []func(context.Context, T) error
}

// Then adds a step.
func (p *Pipeline[T]) Then(step func(context.Context, T) error) *Pipeline[T] {
	p.steps = append(p.steps, step)
	return p
}

// Run runs every step on v.
func (p *Pipeline[T]) Run(ctx context.Context, v T) error {
	for _, step := range p.steps {
		if err := step(ctx, v); err != nil {
			return err
		}
	}
	return nil
}

// Each calls fn on every item.
func Each[T any](ctx context.Context, items []T, fn func(context.Context, T) error) error {
	for _, it := range items {
		if err := fn(ctx, it); err != nil {
			return err
		}
	}
	return nil
}
