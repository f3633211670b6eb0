// Package archive lists objects, for the current job or for the
// configured bucket.
package archive

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/pkgstate/jobstate"
)

var region string

// Configure sets the region the archive client uses.
func Configure(r string) { region = r }

// ListCurrent lists the current job's bucket, with a client in its region.
func ListCurrent(ctx context.Context) error {
	c := s3.New(s3.Options{Region: jobstate.Current.Region})
	_, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String(jobstate.Current.Bucket)})
	return err
}

// ListConfigured lists the archive bucket with a client in the configured
// region.
func ListConfigured(ctx context.Context) error {
	c := s3.New(s3.Options{Region: region})                                               // EXPECT: built from the package's state, which main sets once
	_, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String("archive")}) // EXPECT: an input of constants
	return err
}
