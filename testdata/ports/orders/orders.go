// Package orders is the core of a ports-and-adapters app: the order and
// the port its storage implements.
package orders

import "context"

// Order is one order.
type Order struct {
	ID    string
	Total int64
}

// Store is the port the service saves orders through.
type Store interface {
	Save(ctx context.Context, o Order) error
}
