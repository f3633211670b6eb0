// The memo map is made inside the returned closure: a new one on every
// invocation, so build runs on every invocation and compiles the pattern
// again.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/memomap"
)

func newHandler() func(context.Context, events.SQSEvent) error {
	return func(ctx context.Context, ev events.SQSEvent) error {
		patterns := memomap.New[string, *regexp.Regexp]()
		for _, r := range ev.Records {
			re := patterns.Get("order", func() *regexp.Regexp { return regexp.MustCompile(`^ord_[0-9]+$`) }) // EXPECT: the memo is new on every invocation
			_ = re.MatchString(r.Body)
		}
		return nil
	}
}

func main() { lambda.Start(newHandler()) }
