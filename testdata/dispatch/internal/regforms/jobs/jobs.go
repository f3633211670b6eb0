// Package jobs holds handlers of the team's own event type, built by
// factories.
package jobs

import (
	"context"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Job is the scheduler's event.
type Job struct{ Name string }

// Build builds the real handler: its client and pattern, once per call of
// Build.
func Build() (func(context.Context, Job) error, error) {
	c := sqs.New(sqs.Options{Region: "eu-west-1"}) // EXPECT: built on every invocation when the closure makes its OnceValues anew
	re := regexp.MustCompile(`^[a-z]+$`)           // EXPECT: and compiled with it
	return func(ctx context.Context, j Job) error {
		_, _ = c, re.MatchString(j.Name)
		return nil
	}, nil
}

// Shared returns a handler whose closure builds nothing.
func Shared(prefix string) func(context.Context, Job) error {
	return func(ctx context.Context, j Job) error { _ = prefix + j.Name; return nil }
}

// Audit builds its client per call; only a branch that never runs picks it.
func Audit(ctx context.Context, j Job) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // dead: chosen only under a false constant
	return nil
}
