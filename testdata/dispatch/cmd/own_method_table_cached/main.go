// Command own_method_table_cached puts only the methods that build once
// (or nothing) in its table: nothing to report.
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
		"audit":    p.Audit,
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
