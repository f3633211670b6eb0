// Per-region S3 clients cached in a package-level sync.Map (Load, then LoadOrStore).
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var s3Clients sync.Map // region -> *s3.Client

func clientFor(ctx context.Context, region string) (*s3.Client, error) {
	if v, ok := s3Clients.Load(region); ok {
		return v.(*s3.Client), nil
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	if err != nil {
		return nil, err
	}
	actual, _ := s3Clients.LoadOrStore(region, s3.NewFromConfig(cfg))
	return actual.(*s3.Client), nil
}

func handler(ctx context.Context, evt events.S3Event) error {
	for _, rec := range evt.Records {
		c, err := clientFor(ctx, rec.AWSRegion)
		if err != nil {
			return err
		}
		if _, err := c.HeadObject(ctx, &s3.HeadObjectInput{
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
