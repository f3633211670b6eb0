// Like pkgvar_set_from_event, but the client is built by a helper that reads
// the package variable the handler just set from the event.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var targetRegion string

func regionalS3(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(targetRegion))
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}

func handler(ctx context.Context, evt events.S3Event) error {
	for _, rec := range evt.Records {
		targetRegion = rec.AWSRegion
		client, err := regionalS3(ctx)
		if err != nil {
			return err
		}
		if _, err := client.PutObjectAcl(ctx, &s3.PutObjectAclInput{
			Bucket: aws.String(rec.S3.Bucket.Name),
			Key:    aws.String(rec.S3.Object.Key),
			ACL:    "private",
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
