// Package typedwrap adapts typed handlers: a decorator returning a
// closure, a raw-payload adapter value with an Invoke method, and an app
// that runs a function field.
package typedwrap

import (
	"context"
	"encoding/json"
	"log"
	"regexp"
	"strings"
)

// Func is a typed handler.
type Func[Req, Resp any] func(ctx context.Context, req Req) (Resp, error)

// WithLog logs around next.
func WithLog[Req, Resp any](next Func[Req, Resp]) Func[Req, Resp] {
	return func(ctx context.Context, req Req) (Resp, error) {
		log.Printf("request %v", req)
		return next(ctx, req)
	}
}

type jsonHandler[Req, Resp any] struct{ next Func[Req, Resp] }

// JSON adapts next to lambda.Handler.
func JSON[Req, Resp any](next Func[Req, Resp]) jsonHandler[Req, Resp] {
	return jsonHandler[Req, Resp]{next: next}
}

// Invoke implements lambda.Handler.
func (h jsonHandler[Req, Resp]) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	var req Req
	if err := json.Unmarshal(payload, &req); err != nil {
		return nil, err
	}
	resp, err := h.next(ctx, req)
	if err != nil {
		return nil, err
	}
	return json.Marshal(resp)
}

// App runs its Run field.
type App struct {
	Run func(ctx context.Context, text string) (string, error)
}

// Handle runs the app.
func (a *App) Handle(ctx context.Context, text string) (string, error) { return a.Run(ctx, text) }

// Squeeze squeezes spaces, compiling its pattern on every call.
func Squeeze(ctx context.Context, text string) (string, error) {
	return regexp.MustCompile(`\s+`).ReplaceAllString(text, " "), nil // EXPECT: compiled by a function a local passes on, wrapped, to an adapter value or a field
}

var spaces = regexp.MustCompile(`\s+`)

// SqueezeOnce squeezes spaces with the package's pattern.
func SqueezeOnce(ctx context.Context, text string) (string, error) {
	return strings.TrimSpace(spaces.ReplaceAllString(text, " ")), nil
}
