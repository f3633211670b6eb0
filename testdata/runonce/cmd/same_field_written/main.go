// The handler points a field of the shared state at the event's region,
// then builds a client with it: a different client for each region.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type event struct {
	Region string `json:"region"`
}

var state struct {
	cfg    aws.Config
	region string
}

func init() {
	c, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	state.cfg = c
}

func handler(ctx context.Context, e event) (int, error) {
	state.region = e.Region
	client := s3.NewFromConfig(state.cfg, func(o *s3.Options) { o.Region = state.region })
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		return 0, err
	}
	return len(out.Buckets), nil
}

func main() { lambda.Start(handler) }
