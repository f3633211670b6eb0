// Command own_method_table keeps the processor's methods in a table keyed
// by the event's kind: any of them may run on an invocation.
package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/own_method_table/events"
)

type envelope struct {
	Kind string          `json:"kind"`
	Body json.RawMessage `json:"body"`
}

func main() {
	p := &events.Processor{}
	table := map[string]func(context.Context, json.RawMessage) error{
		"forward":  p.Forward,
		"validate": p.Validate,
	}
	lambda.Start(func(ctx context.Context, e envelope) error {
		h, ok := table[e.Kind]
		if !ok {
			return fmt.Errorf("no handler for %q", e.Kind)
		}
		return h(ctx, e.Body)
	})
}
