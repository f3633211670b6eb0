// The handler defers another package's Reset, which drops the client
// that package caches: the client is built on every invocation.
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
	defer resetcache.Reset()
	c, err := resetcache.Client(ctx)
	if err != nil {
		return err
	}
	_, err = c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String(r.Bucket), Key: aws.String(r.Key)})
	return err
}

func main() { lambda.Start(handler) }
