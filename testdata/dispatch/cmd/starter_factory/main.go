// The starter builds the handler with the factory main gives it: what the
// factory returns runs on every invocation.
package main

import (
	"context"
	"regexp"

	"example.com/cases/dispatch/internal/starter/platform"
)

type event struct{ Text string }

func main() {
	platform.BuildAndStart(func(stage string) platform.Handler[event] {
		return func(ctx context.Context, e event) (string, error) {
			return stage + regexp.MustCompile(`\s+`).ReplaceAllString(e.Text, " "), nil // EXPECT: compiled in what the factory a starter calls returns
		}
	})
}
