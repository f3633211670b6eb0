// Package tracing decorates raw Lambda handlers.
package tracing

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
)

type traced struct {
	next   lambda.Handler
	client *http.Client
}

// Wrap posts a span for each invocation, with a client of its own each
// time.
func Wrap(next lambda.Handler) lambda.Handler { return traced{next: next} }

// WrapShared posts spans with one client, made when the handler is.
func WrapShared(next lambda.Handler) lambda.Handler {
	return traced{next: next, client: &http.Client{Transport: &http.Transport{MaxIdleConns: 2}}}
}

func (t traced) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	c := t.client
	if c == nil {
		c = &http.Client{Transport: &http.Transport{DisableKeepAlives: true}} // EXPECT: Invoke of what a factory returns as a lambda.Handler
	}
	_ = c
	return t.next.Invoke(ctx, payload)
}
