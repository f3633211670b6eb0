// The handler checks the archive bucket, whose name a helper of a package
// of pure functions derives from constants: the same input every time.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/naming"
)

var client *s3.Client

func archiveBucket() string { return naming.Bucket(naming.Archive) }

func handler(ctx context.Context) (bool, error) {
	_, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(archiveBucket())}) // EXPECT: a name derived from constants through two helpers
	return err == nil, nil
}

func main() { lambda.Start(handler) }
