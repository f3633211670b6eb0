package ports

import "context"

// BlobStore persists uploaded documents.
type BlobStore interface {
	Put(ctx context.Context, key string, body []byte) error
}
