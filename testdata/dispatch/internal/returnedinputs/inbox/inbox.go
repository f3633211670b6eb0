// Package inbox has the bits every S3 worker embeds.
package inbox

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Base is embedded by the workers.
type Base struct {
	S3     *s3.Client
	Bucket string
}

// ListInput lists the inbox.
func (b Base) ListInput() *s3.ListObjectsV2Input {
	return &s3.ListObjectsV2Input{Bucket: aws.String(b.Bucket), Prefix: aws.String("incoming/")} // EXPECT: through the promoted method, handed to ListObjectsV2
}

// PageInput lists from where the caller is.
func (b Base) PageInput(after string) *s3.ListObjectsV2Input {
	return &s3.ListObjectsV2Input{Bucket: aws.String(b.Bucket), StartAfter: aws.String(after)}
}
