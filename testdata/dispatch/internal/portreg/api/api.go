// Package api declares the handler port main registers by method value.
package api

import "context"

// Request is the contact to create.
type Request struct {
	Table string `json:"table"`
	Name  string `json:"name"`
}

// Handler handles one request; its type is the module's own, so no
// package finds it by its shape.
type Handler interface {
	Create(ctx context.Context, req Request) (string, error)
}
