// Package ports declares what the notify function needs, as interfaces. // want package:"the user.s module"
package ports

import "context"

// Publisher publishes a message.
type Publisher interface {
	Publish(ctx context.Context, msg string) error
}

// Auditor records an event; two packages implement it.
type Auditor interface {
	Audit(ctx context.Context, what string) error
}

// Mirror copies a message; two packages implement it, both with SQS.
type Mirror interface {
	Copy(ctx context.Context, msg string) error
	Region() string
}
