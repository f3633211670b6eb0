// Negative: the region is chosen by a branch on the event; each branch
// gives a constant, but which one the client gets varies.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type request struct {
	EU     bool
	Tier   string
	Bucket string
}

func handler(ctx context.Context, req request) error {
	region := "us-east-1"
	if req.EU {
		region = "eu-west-1"
	}
	var class string
	switch req.Tier {
	case "cold":
		class = "GLACIER"
	default:
		class = "STANDARD"
	}
	client := s3.New(s3.Options{Region: region})
	_, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(req.Bucket + "-" + class)})
	return err
}

func main() { lambda.Start(handler) }
