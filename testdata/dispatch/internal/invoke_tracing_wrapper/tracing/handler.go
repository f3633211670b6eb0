package tracing

import (
	"context"
	"log/slog"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
)

// Handler wraps another lambda.Handler and logs timing.
type Handler struct {
	lambda.Handler
	Name string
}

func (h *Handler) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	start := time.Now()
	out, err := h.Handler.Invoke(ctx, payload)
	slog.InfoContext(ctx, "invoke", "fn", h.Name, "dur", time.Since(start), "err", err)
	return out, err
}
