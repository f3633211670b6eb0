// The handler records the last request in one field of the shared state
// and builds a client from another, which init loaded: the client is the
// same on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type event struct {
	ID     string `json:"id"`
	Region string `json:"region"`
}

var state struct {
	cfg    aws.Config
	lastID string
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
	state.lastID = e.ID
	client := s3.NewFromConfig(state.cfg) // EXPECT: built from a field the handler does not write
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		return 0, err
	}
	return len(out.Buckets), nil
}

func main() { lambda.Start(handler) }
