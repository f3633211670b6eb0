// Package jobs runs the job main registers.
package jobs

import (
	"context"
	"regexp"
)

// Job is one kind of work.
type Job func(ctx context.Context, name string) error

var registry = map[string]Job{}

// Register makes a job available to Run.
func Register(name string, j Job) { registry[name] = j }

// Run runs the named job.
func Run(ctx context.Context, name string) error {
	if j, ok := registry[name]; ok {
		return j(ctx, name)
	}
	return nil
}

var valid = regexp.MustCompile(`^[a-z-]+$`)

// Current checks the name with the shared pattern.
func Current(ctx context.Context, name string) error {
	_ = valid.MatchString(name)
	return nil
}

// legacy was the first version of the job; it is kept compiling but is
// no longer registered.
func legacy(ctx context.Context, name string) error {
	_ = regexp.MustCompile(`^[a-z-]+$`).MatchString(name)
	return nil
}

var _ = legacy
