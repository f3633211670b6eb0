// The same inputs built in steps from the event's bucket and prefix:
// different on every invocation, nothing is reported.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/stepinputs"
)

type request struct {
	Bucket string `json:"bucket"`
	Prefix string `json:"prefix"`
}

var client *s3.Client

func handle(ctx context.Context, req request) (int, error) {
	head := &s3.HeadBucketInput{}
	head.Bucket = &req.Bucket
	if _, err := client.HeadBucket(ctx, head); err != nil {
		return 0, err
	}
	out, err := client.ListObjectsV2(ctx, stepinputs.Listing(req.Bucket, req.Prefix))
	if err != nil {
		return 0, err
	}
	return len(out.Contents), nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	client = s3.NewFromConfig(cfg)
	lambda.Start(handle)
}
