// Package platform starts the function: it wraps the handler it is given
// in a recoverer, or builds it with a factory it is given, and registers
// the result with lambda.Start.
package platform

import (
	"context"
	"fmt"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
)

// Handler handles one event.
type Handler[T any] func(ctx context.Context, in T) (string, error)

// Start registers h, wrapped.
func Start[T any](h Handler[T]) {
	lambda.Start(recoverer(h))
}

// BuildAndStart builds the handler with build, once, and registers it.
func BuildAndStart[T any](build func(stage string) Handler[T]) {
	h := build(os.Getenv("STAGE"))
	lambda.Start(recoverer(h))
}

func recoverer[T any](next Handler[T]) Handler[T] {
	return func(ctx context.Context, in T) (out string, err error) {
		defer func() {
			if r := recover(); r != nil {
				err = fmt.Errorf("panic: %v", r)
			}
		}()
		return next(ctx, in)
	}
}
