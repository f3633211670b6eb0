// The handler asks another package for a client; that package builds it
// on every call from the configuration it keeps in a struct.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/lazystate"
)

func handler(ctx context.Context) (int, error) {
	client, err := lazystate.Bucket(ctx)
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
