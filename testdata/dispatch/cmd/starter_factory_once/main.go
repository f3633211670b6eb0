// Negative: the factory compiles the pattern when the starter calls it,
// once.
package main

import (
	"context"
	"regexp"

	"example.com/cases/dispatch/internal/starter/platform"
)

type event struct{ Text string }

func main() {
	platform.BuildAndStart(func(stage string) platform.Handler[event] {
		spaces := regexp.MustCompile(`\s+`)
		return func(ctx context.Context, e event) (string, error) {
			return stage + spaces.ReplaceAllString(e.Text, " "), nil
		}
	})
}
