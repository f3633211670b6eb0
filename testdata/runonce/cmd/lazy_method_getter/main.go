// The handler gets the configuration from a method of a package-level
// registry of another package that loads it once, and builds a client
// from it on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/lazystate"
)

func handler(ctx context.Context) (int, error) {
	c, err := lazystate.Default.Config(ctx)
	if err != nil {
		return 0, err
	}
	client := s3.NewFromConfig(c) // GAP: a client built from what a registry of another package keeps (methods export no Same fact: another method may change the receiver)
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		return 0, err
	}
	return len(out.Buckets), nil
}

func main() { lambda.Start(handler) }
