// Package report lists a bucket with a client built from a session made
// per run.
package report

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/oncesession/session"
)

// Day names the bucket to list.
type Day struct{ Bucket, Region string }

// Run makes a session, then a client from what its getter returns: the
// getter fills the session once and answers the same configuration.
func Run(ctx context.Context, d Day) (int, error) {
	sess := &session.Session{}
	cfg, err := sess.Config(ctx)
	if err != nil {
		return 0, err
	}
	client := s3.NewFromConfig(cfg) // EXPECT: built per invocation from what the session's getter answers, the same every time
	_ = client
	return 0, nil
}

// RunRegional points its session at the event's region first: the
// client differs between invocations.
func RunRegional(ctx context.Context, d Day) (int, error) {
	sess := &session.Regional{}
	sess.Retarget(d.Region)
	_ = s3.NewFromConfig(sess.Config(ctx)) // varies: the region comes from the event
	return 0, nil
}
