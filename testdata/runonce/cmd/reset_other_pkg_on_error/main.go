// Negative: the cached client is dropped only when a call fails, so that
// the next invocation builds a fresh one.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/resetcache"
)

type request struct{ Bucket, Key string }

func handler(ctx context.Context, r request) error {
	c, err := resetcache.Client(ctx)
	if err != nil {
		return err
	}
	if _, err = c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(r.Bucket), Key: aws.String(r.Key)}); err != nil {
		resetcache.Reset()
	}
	return err
}

func main() { lambda.Start(handler) }
