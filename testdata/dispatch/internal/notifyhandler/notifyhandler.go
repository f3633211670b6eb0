// Package notifyhandler returns handlers that look a sender factory up in
// the registry and call it on every invocation.
package notifyhandler

import (
	"context"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"

	"example.com/cases/dispatch/internal/senders/registry"
)

// Note is one notification.
type Note struct {
	Channel string `json:"channel"`
	Region  string `json:"region"`
	To      string `json:"to"`
	Text    string `json:"text"`
}

// New returns a handler that calls the factory with the configuration it
// captured: the sender, and its client, are the same on every invocation.
func New(cfg aws.Config) func(context.Context, Note) error {
	return func(ctx context.Context, n Note) error {
		f, ok := registry.Lookup(n.Channel)
		if !ok {
			return fmt.Errorf("no channel %q", n.Channel)
		}
		return f(cfg).Send(ctx, n.To, n.Text)
	}
}

// NewRegional returns a handler that calls the factory with a copy of the
// configuration pointed at the note's region: a different client each time.
func NewRegional(cfg aws.Config) func(context.Context, Note) error {
	return func(ctx context.Context, n Note) error {
		f, ok := registry.Lookup(n.Channel)
		if !ok {
			return fmt.Errorf("no channel %q", n.Channel)
		}
		c := cfg.Copy()
		c.Region = n.Region
		return f(c).Send(ctx, n.To, n.Text)
	}
}
