// Negative: a handler factory makes a memo map and returns the closure
// that asks it for its pattern. The factory runs once, in main, so the
// map the closure captured outlives every invocation and build runs once.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/memomap"
)

func newHandler() func(context.Context, events.SQSEvent) error {
	patterns := memomap.New[string, *regexp.Regexp]()
	return func(ctx context.Context, ev events.SQSEvent) error {
		for _, r := range ev.Records {
			re := patterns.Get("order", func() *regexp.Regexp { return regexp.MustCompile(`^ord_[0-9]+$`) })
			_ = re.MatchString(r.Body)
		}
		return nil
	}
}

func main() { lambda.Start(newHandler()) }
