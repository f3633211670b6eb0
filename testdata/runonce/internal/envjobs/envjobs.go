// Package envjobs holds a handler, registered by main, that points the
// SDK at the region the event names before it loads the configuration.
package envjobs

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Job names a bucket in a region.
type Job struct{ Region, Bucket string }

func useRegion(r string) error { return os.Setenv("AWS_REGION", r) }

// Handle lists the bucket in the job's region.
func Handle(ctx context.Context, j Job) error {
	if err := useRegion(j.Region); err != nil {
		return err
	}
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	_, err = s3.NewFromConfig(cfg).ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(j.Bucket)})
	return err
}
