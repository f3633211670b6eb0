// Package upload checks buckets through a port.
package upload

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Checker checks a bucket in a region.
type Checker interface {
	Check(ctx context.Context, region, bucket string) error
}

// S3 checks buckets with a client for the region.
type S3 struct{ PathStyle bool }

// Check asks whether the bucket exists.
func (c S3) Check(ctx context.Context, region, bucket string) error {
	client := s3.New(s3.Options{Region: region, UsePathStyle: c.PathStyle}) // EXPECT: built from what the interface call passes, the same each time
	_, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(bucket)})
	return err
}

// Regional checks buckets with a client for the region.
type Regional struct{}

// Check asks whether the bucket exists.
func (Regional) Check(ctx context.Context, region, bucket string) error {
	client := s3.New(s3.Options{Region: region})
	_, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(bucket)})
	return err
}
