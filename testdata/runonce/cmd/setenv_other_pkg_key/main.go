// The handler has another package point the SDK's region at the event's
// tenant (it sets AWS_REGION), then builds an input from AUDIT_BUCKET,
// which nothing sets: the input is the same on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/tenantenv"
)

type event struct {
	Region string `json:"region"`
}

var client *s3.Client

func handler(ctx context.Context, e event) error {
	if err := tenantenv.Use(e.Region); err != nil {
		return err
	}
	_, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(os.Getenv("AUDIT_BUCKET"))}) // EXPECT: the variable read is not the one the other package sets
	return err
}

func main() { lambda.Start(handler) }
