// Package svc holds handlers that main registers, which check a bucket
// through the port they are given.
package svc

import (
	"context"
	"os"

	"example.com/cases/dispatch/internal/dynargs/upload"
)

// Service checks buckets.
type Service struct{ Checker upload.Checker }

// Event names a bucket and its region.
type Event struct{ Region, Bucket string }

// Ready checks the event's bucket in the region the environment names.
func (s *Service) Ready(ctx context.Context, e Event) error {
	return s.Checker.Check(ctx, os.Getenv("BUCKET_REGION"), e.Bucket)
}

// ReadyEvent checks the event's bucket in the event's region.
func (s *Service) ReadyEvent(ctx context.Context, e Event) error {
	return s.Checker.Check(ctx, e.Region, e.Bucket)
}
