// Package fnbase is the plumbing every function of the monorepo embeds:
// Base implements lambda.Handler and hands the payload to its Proc.
package fnbase

import (
	"context"
	"encoding/json"
	"fmt"
)

// Processor is implemented by the struct that embeds Base.
type Processor interface {
	Process(ctx context.Context, payload []byte) (any, error)
}

// Base implements lambda.Handler.
type Base struct {
	Proc Processor
	Name string
}

// Invoke decodes nothing itself: Proc does the work.
func (b *Base) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	if b.Proc == nil {
		return nil, fmt.Errorf("%s: no processor", b.Name)
	}
	out, err := b.Proc.Process(ctx, payload)
	if err != nil {
		return nil, err
	}
	return json.Marshal(out)
}
