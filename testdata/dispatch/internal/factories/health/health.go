// Package health checks the services a function depends on, through the
// store of another package.
package health

import (
	"context"

	"example.com/cases/dispatch/internal/factories/store"
)

// Checker checks one store.
type Checker struct{ Store *store.Store }

// Check asks the store whether its fixed table is ready.
func (c *Checker) Check(ctx context.Context) error {
	return c.Store.Ready(ctx)
}

// CheckOwn asks the store whether the table it was given is ready.
func (c *Checker) CheckOwn(ctx context.Context) error {
	return c.Store.ReadyTable(ctx)
}
