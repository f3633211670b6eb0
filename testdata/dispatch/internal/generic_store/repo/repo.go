package repo

import "context"

// Keyed items know their partition key.
type Keyed interface {
	PK() string
}

type Store[T Keyed] interface {
	Put(ctx context.Context, item T) error
}
