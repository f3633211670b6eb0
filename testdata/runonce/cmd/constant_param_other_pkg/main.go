// Negative: the same cache, looked up by a constant key.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/scopedclients"
)

func handler(ctx context.Context, bucket string) error {
	_, err := scopedclients.For("shared").HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(bucket)})
	return err
}

func main() { lambda.Start(handler) }
