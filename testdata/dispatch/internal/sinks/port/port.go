// Package port is the archive port the handler writes through.
package port

import "context"

// Sink archives one record.
type Sink interface {
	Archive(ctx context.Context, id string, body []byte) error
}
