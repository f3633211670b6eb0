// The handler asks for the primary client, whose guard sets the flag it
// checks: built once.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/flagcache"
)

func handler(ctx context.Context) (int, error) {
	client, err := flagcache.Primary(ctx)
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
