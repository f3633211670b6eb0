package store

import "context"

type Profile struct {
	ID    string
	Name  string
	Email string
}

type Reader interface {
	GetProfile(ctx context.Context, id string) (Profile, error)
}

type Writer interface {
	PutProfile(ctx context.Context, p Profile) error
}

// Repository is what the service depends on.
type Repository interface {
	Reader
	Writer
}
