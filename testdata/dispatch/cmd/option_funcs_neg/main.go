// Negative: the same functional options, given the event's region and
// prefix: what is built from them varies.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/optionfuncs/store"
)

type matchOpts struct{ prefix string }

type matchOpt func(*matchOpts)

func withPrefix(p string) matchOpt { return func(m *matchOpts) { m.prefix = p } }

func compile(opts ...matchOpt) *regexp.Regexp {
	m := matchOpts{prefix: "key"}
	for _, o := range opts {
		o(&m)
	}
	return regexp.MustCompile("^" + regexp.QuoteMeta(m.prefix) + `/\d+$`)
}

// Event names the object, its folder and its region.
type Event struct{ Key, Folder, Region string }

func handle(ctx context.Context, e Event) error {
	if !compile(withPrefix(e.Folder)).MatchString(e.Key) {
		return nil
	}
	client, err := store.Open(ctx, store.InRegion(e.Region), store.PathStyle())
	if err != nil {
		return err
	}
	_ = client
	return nil
}

func main() { lambda.Start(handle) }
