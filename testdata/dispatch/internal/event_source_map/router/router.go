// Package router dispatches mixed-source records (one function subscribed
// to SQS, S3 notifications and a DynamoDB stream) by their eventSource.
package router

import (
	"context"
	"encoding/json"
	"fmt"
)

type RecordHandler func(ctx context.Context, raw json.RawMessage) error

var handlers = map[string]RecordHandler{}

func Register(source string, h RecordHandler) {
	handlers[source] = h
}

type envelope struct {
	Records []json.RawMessage `json:"Records"`
}

func Handle(ctx context.Context, ev envelope) error {
	for _, raw := range ev.Records {
		var peek struct {
			EventSource  string `json:"eventSource"`
			EventSource2 string `json:"EventSource"`
		}
		if err := json.Unmarshal(raw, &peek); err != nil {
			return err
		}
		src := peek.EventSource + peek.EventSource2
		h, ok := handlers[src]
		if !ok {
			return fmt.Errorf("no handler for %q", src)
		}
		if err := h(ctx, raw); err != nil {
			return err
		}
	}
	return nil
}
