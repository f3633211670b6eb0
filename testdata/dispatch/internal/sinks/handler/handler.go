// Package handler archives SQS messages through the port. It imports the
// local sink for its dev harness (NewLocal), which nothing calls: from
// here the local sink is the only implementation in sight, but main wires
// another.
package handler

import (
	"context"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/sinks/local"
	"example.com/cases/dispatch/internal/sinks/port"
)

// Handler archives every message.
type Handler struct{ Sink port.Sink }

// NewLocal wires the laptop sink.
func NewLocal(dir string) *Handler { return &Handler{Sink: &local.Sink{Dir: dir}} }

// Handle archives the batch.
func (h *Handler) Handle(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if err := h.Sink.Archive(ctx, m.MessageId, []byte(m.Body)); err != nil {
			return err
		}
	}
	return nil
}
