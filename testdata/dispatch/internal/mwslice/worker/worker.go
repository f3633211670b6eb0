// Package worker is the handler the chain wraps.
package worker

import (
	"context"

	"example.com/cases/dispatch/internal/mwslice/chain"
)

// Accept answers with the order's id.
func Accept(ctx context.Context, o chain.Order) (string, error) { return o.ID + ": " + o.Note, nil }
