// The handler asks another package of the module for the S3 client; the guard
// and the cache live in that package.
package main

import (
	"context"
	"strings"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/awsclients"
)

func handler(ctx context.Context, evt events.S3Event) error {
	client, err := awsclients.S3(ctx)
	if err != nil {
		return err
	}
	for _, rec := range evt.Records {
		if !strings.HasSuffix(rec.S3.Object.Key, ".tmp") {
			continue
		}
		if _, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{
			Bucket: aws.String(rec.S3.Bucket.Name),
			Key:    aws.String(rec.S3.Object.Key),
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
