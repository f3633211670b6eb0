// Package envjobs2 holds a handler, registered by main, that records the
// event's tenant in a variable of its own and builds its client from
// another package's shared configuration.
package envjobs2

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/sharedcfg"
)

// Job names a bucket.
type Job struct{ Tenant, Bucket string }

var lastTenant string

// Handle lists the bucket.
func Handle(ctx context.Context, j Job) error {
	lastTenant = j.Tenant
	c := s3.NewFromConfig(sharedcfg.Get()) // EXPECT: the handler changes only a variable of its own, not what the shared configuration reads
	_, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(j.Bucket)})
	return err
}
