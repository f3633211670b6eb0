// Package foreigninvoke turns typed functions into lambda.Handler values.
package foreigninvoke

import (
	"context"
	"encoding/json"
)

// Typed adapts Fn to lambda.Handler: its Invoke decodes the payload and
// calls Fn.
type Typed[E, R any] struct {
	Fn func(context.Context, E) (R, error)
}

// Invoke implements lambda.Handler.
func (t Typed[E, R]) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	var e E
	if err := json.Unmarshal(payload, &e); err != nil {
		return nil, err
	}
	r, err := t.Fn(ctx, e)
	if err != nil {
		return nil, err
	}
	return json.Marshal(r)
}

// Raw hands the payload to Handle as it is.
type Raw struct {
	Handle func(ctx context.Context, payload []byte) error
}

// Invoke implements lambda.Handler.
func (r *Raw) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	return nil, r.Handle(ctx, payload)
}
