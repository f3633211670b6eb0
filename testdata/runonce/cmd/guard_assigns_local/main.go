// Guard reads the package variable but the built client only goes to a local:
// the package variable is never filled, so the branch runs every time.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
)

var s3c *s3.Client

func handler(ctx context.Context, evt events.S3Event) error {
	client := s3c
	if s3c == nil {
		cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: config loading, guard never stores into s3c
		if err != nil {
			return err
		}
		client = s3.NewFromConfig(cfg) // EXPECT: s3 client assigned to a local only
	}
	for _, rec := range evt.Records {
		if _, err := client.PutObjectTagging(ctx, &s3.PutObjectTaggingInput{
			Bucket:  aws.String(rec.S3.Bucket.Name),
			Key:     aws.String(rec.S3.Object.Key),
			Tagging: &s3types.Tagging{TagSet: []s3types.Tag{{Key: aws.String("scanned"), Value: aws.String(rec.EventTime.Format("2006-01-02"))}}},
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
