// Package registry maps a channel to the factory of its sender.
package registry

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Sender sends one notification.
type Sender interface {
	Send(ctx context.Context, to, msg string) error
}

// Factory builds a sender from the shared configuration.
type Factory func(cfg aws.Config) Sender

var factories = map[string]Factory{}

// Register adds a channel.
func Register(channel string, f Factory) { factories[channel] = f }

// Lookup returns the channel's factory.
func Lookup(channel string) (Factory, bool) {
	f, ok := factories[channel]
	return f, ok
}
