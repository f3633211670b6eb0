// Package stepinputs builds S3 inputs in steps: an empty literal, then
// its fields.
package stepinputs

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Listing returns the query for the first page under prefix.
func Listing(bucket, prefix string) *s3.ListObjectsV2Input {
	in := &s3.ListObjectsV2Input{} // EXPECT: finished by field sets from what the call passes, the same each time
	in.Bucket = aws.String(bucket)
	in.Prefix = aws.String(prefix)
	in.MaxKeys = aws.Int32(100)
	return in
}
