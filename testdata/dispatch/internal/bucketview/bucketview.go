// Package bucketview checks the bucket it was built for, pointing its
// input at its own fields (v1 style: Bucket: &v.bucket).
package bucketview

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// View reads one bucket.
type View struct {
	client *s3.Client
	bucket string
}

// New is called once, in main.
func New(c *s3.Client, bucket string) *View { return &View{client: c, bucket: bucket} }

// Ready checks the bucket.
func (v *View) Ready(ctx context.Context) error {
	_, err := v.client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: &v.bucket}) // EXPECT: the address of a field of a receiver main built: read, the same input every time
	return err
}
