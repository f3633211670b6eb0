// Negative: the same starter, with the pattern compiled once.
package main

import (
	"context"
	"regexp"

	"example.com/cases/dispatch/internal/starter/platform"
)

type event struct{ Text string }

var spaces = regexp.MustCompile(`\s+`)

func handle(ctx context.Context, e event) (string, error) {
	return spaces.ReplaceAllString(e.Text, " "), nil
}

func main() {
	platform.Start(handle)
}
