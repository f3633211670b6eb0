// Inputs built in steps: an empty literal whose fields the handler sets
// from constants and what main read, and another package's builder that
// does the same with what it is given. Both are the same on every
// invocation.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/stepinputs"
)

var (
	client *s3.Client
	bucket = os.Getenv("BUCKET")
)

func handle(ctx context.Context) (int, error) {
	head := &s3.HeadBucketInput{} // EXPECT: an empty input whose only field is set from a package variable main fixed
	head.Bucket = aws.String(bucket)
	if _, err := client.HeadBucket(ctx, head); err != nil {
		return 0, err
	}
	out, err := client.ListObjectsV2(ctx, stepinputs.Listing(bucket, "incoming/"))
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
