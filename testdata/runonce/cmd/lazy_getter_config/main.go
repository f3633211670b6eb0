// The handler gets the configuration from a getter that loads it once and
// keeps it; the client it builds from it is built again on every
// invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var cfg *aws.Config

func getConfig(ctx context.Context) (aws.Config, error) {
	if cfg == nil {
		c, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return aws.Config{}, err
		}
		cfg = &c
	}
	return *cfg, nil
}

func handler(ctx context.Context) (int, error) {
	c, err := getConfig(ctx)
	if err != nil {
		return 0, err
	}
	client := s3.NewFromConfig(c) // EXPECT: a client built from a configuration the getter keeps
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		return 0, err
	}
	return len(out.Buckets), nil
}

func main() { lambda.Start(handler) }
