// Package busreg keeps function values it is given: subscribers of a bus,
// the sender of a notifier, and the actions of a router that hands them
// to its table through a method of its own, which keeps them in a field
// of its entries.
package busreg

import (
	"context"
	"fmt"
)

// Subscriber handles one message.
type Subscriber func(ctx context.Context, msg string) error

// Bus fans a message out to its subscribers.
type Bus struct {
	subs map[string][]Subscriber
}

// NewBus returns an empty bus.
func NewBus() *Bus { return &Bus{subs: map[string][]Subscriber{}} }

// Subscribe adds s to topic.
func (b *Bus) Subscribe(topic string, s Subscriber) {
	b.subs[topic] = append(b.subs[topic], s)
}

// Publish runs every subscriber of topic.
func (b *Bus) Publish(ctx context.Context, topic, msg string) error {
	for _, s := range b.subs[topic] {
		if err := s(ctx, msg); err != nil {
			return err
		}
	}
	return nil
}

var sender func(ctx context.Context, to, body string) error

// SetSender sets what Notify sends with.
func SetSender(f func(ctx context.Context, to, body string) error) { sender = f }

// Notify sends body to to.
func Notify(ctx context.Context, to, body string) error {
	if sender == nil {
		return fmt.Errorf("no sender")
	}
	return sender(ctx, to, body)
}

// Action is one action of a router.
type Action func(ctx context.Context, arg string) (string, error)

type entry struct {
	name string
	run  Action
}

type table struct{ entries []entry }

func (t *table) add(name string, a Action) { t.entries = append(t.entries, entry{name: name, run: a}) }

// Router runs actions by name.
type Router struct{ t table }

// NewRouter returns an empty router.
func NewRouter() *Router { return &Router{} }

// Handle registers a under name, through the router's table.
func (r *Router) Handle(name string, a Action) { r.t.add(name, a) }

// Run runs the action the request names.
func (r *Router) Run(ctx context.Context, req struct{ Name, Arg string }) (string, error) {
	for _, e := range r.t.entries {
		if e.name == req.Name {
			return e.run(ctx, req.Arg)
		}
	}
	return "", fmt.Errorf("no action %q", req.Name)
}
