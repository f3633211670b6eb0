// main never calls aws-lambda-go: a starter of another package wraps the
// handler and registers it.
package main

import (
	"context"
	"regexp"

	"example.com/cases/dispatch/internal/starter/platform"
)

type event struct{ Text string }

func handle(ctx context.Context, e event) (string, error) {
	return regexp.MustCompile(`\s+`).ReplaceAllString(e.Text, " "), nil // EXPECT: compiled in a handler a starter of another package registers
}

func main() {
	platform.Start(handle)
}
