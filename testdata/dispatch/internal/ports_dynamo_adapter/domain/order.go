// Package domain holds the order aggregate and the ports the core needs.
package domain

import "context"

type Order struct {
	ID         string `json:"id"`
	CustomerID string `json:"customerId"`
	TotalCents int64  `json:"totalCents"`
}

// OrderRepository is the secondary port implemented by a storage adapter.
type OrderRepository interface {
	Save(ctx context.Context, o Order) error
}
