// The same helper, given the kind the event names: the input differs.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/naming"
)

type event struct {
	Kind string `json:"kind"`
}

var client *s3.Client

func handler(ctx context.Context, e event) (bool, error) {
	_, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(naming.Bucket(naming.Kind(e.Kind)))})
	return err == nil, nil
}

func main() { lambda.Start(handler) }
