// Package jobs builds handlers for the platform.
package jobs

import (
	"context"
	"regexp"

	"example.com/cases/dispatch/internal/starter/platform"
)

// Event carries a job name.
type Event struct{ Name string }

// New returns the handler; it compiles its pattern on every call.
func New(stage string) platform.Handler[Event] {
	return func(ctx context.Context, e Event) (string, error) {
		if !regexp.MustCompile(`^[a-z]+-[0-9]+$`).MatchString(e.Name) { // EXPECT: a constant pattern in the handler another package's factory returns, which a starter registers
			return "", nil
		}
		return stage + ":" + e.Name, nil
	}
}

// NewOnce returns the handler; it compiles its pattern when it is built.
func NewOnce(stage string) platform.Handler[Event] {
	re := regexp.MustCompile(`^[a-z]+-[0-9]+$`)
	return func(ctx context.Context, e Event) (string, error) {
		if !re.MatchString(e.Name) {
			return "", nil
		}
		return stage + ":" + e.Name, nil
	}
}
