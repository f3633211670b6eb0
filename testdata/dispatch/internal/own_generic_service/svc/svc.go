// Package svc is a service generic over its store: the call of Get is
// through the type parameter's constraint.
package svc

import "context"

// Getter is what the service needs of a store.
type Getter interface {
	Get(ctx context.Context, key string) (string, error)
}

// Service answers lookups from a store of type S.
type Service[S Getter] struct{ Store S }

// Lookup answers one key.
func (s Service[S]) Lookup(ctx context.Context, ev map[string]string) (string, error) {
	return s.Store.Get(ctx, ev["key"])
}
