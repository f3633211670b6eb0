// Positive: functional options applied through a function value (o(&s)):
// what they write comes from the option values, here made from constants
// and the environment, so what Open builds from them is the same on
// every invocation, reported in store.Open where the call passes them.
// In this package too: a builder applying its options the same way.
package main

import (
	"context"
	"os"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/optionfuncs/store"
)

type matchOpts struct {
	prefix string
	strict bool
}

type matchOpt func(*matchOpts)

func withPrefix(p string) matchOpt { return func(m *matchOpts) { m.prefix = p } }

func compile(opts ...matchOpt) *regexp.Regexp {
	m := matchOpts{prefix: "key"}
	for _, o := range opts {
		o(&m)
	}
	return regexp.MustCompile("^" + regexp.QuoteMeta(m.prefix) + `/\d+$`) // EXPECT: options of constants only
}

// Event names the object.
type Event struct{ Key string }

func handle(ctx context.Context, e Event) error {
	if !compile(withPrefix("reports")).MatchString(e.Key) {
		return nil
	}
	client, err := store.Open(ctx, store.InRegion(os.Getenv("ARCHIVE_REGION")), store.PathStyle())
	if err != nil {
		return err
	}
	_ = client
	return nil
}

func main() { lambda.Start(handle) }
