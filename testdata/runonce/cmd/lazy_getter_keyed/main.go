// The getter keeps one configuration per region, and the handler asks for
// the event's: the client it builds differs from one region to the next.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type event struct {
	Region string `json:"region"`
}

var (
	mu      sync.Mutex
	configs = map[string]aws.Config{}
)

func configFor(ctx context.Context, region string) (aws.Config, error) {
	mu.Lock()
	defer mu.Unlock()
	if c, ok := configs[region]; ok {
		return c, nil
	}
	c, err := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	if err != nil {
		return aws.Config{}, err
	}
	configs[region] = c
	return c, nil
}

func handler(ctx context.Context, e event) (int, error) {
	c, err := configFor(ctx, e.Region)
	if err != nil {
		return 0, err
	}
	client := s3.NewFromConfig(c)
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		return 0, err
	}
	return len(out.Buckets), nil
}

func main() { lambda.Start(handler) }
