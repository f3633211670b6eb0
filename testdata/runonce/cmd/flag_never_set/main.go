// The handler asks for the archive client, whose guard checks a flag that
// nothing sets.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/flagcache"
)

func handler(ctx context.Context) (int, error) {
	client, err := flagcache.Archive(ctx)
	if err != nil {
		return 0, err
	}
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		return 0, err
	}
	return len(out.Buckets), nil
}

func main() { lambda.Start(handler) }
