// Package service handles order events through the orders.Store port; it
// never imports the adapter that main wires in.
package service

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"

	"example.com/ports/orders"
)

// Service saves the orders of a queue.
type Service struct {
	store orders.Store
}

// New wires the service to a store.
func New(store orders.Store) *Service { return &Service{store: store} }

// Handle saves each order of the batch.
func (s *Service) Handle(ctx context.Context, ev events.SQSEvent) error {
	for _, m := range ev.Records {
		var o orders.Order
		if err := json.Unmarshal([]byte(m.Body), &o); err != nil {
			return err
		}
		if err := s.store.Save(ctx, o); err != nil {
			return err
		}
	}
	return nil
}
