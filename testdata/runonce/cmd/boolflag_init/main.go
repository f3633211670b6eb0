// A bool flag records that the S3 clients were initialised.
package main

import (
	"context"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	initialized bool
	s3c         *s3.Client
	presigner   *s3.PresignClient
)

func handler(ctx context.Context, evt events.S3Event) ([]string, error) {
	if !initialized {
		cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("BUCKET_REGION")))
		if err != nil {
			return nil, err
		}
		s3c = s3.NewFromConfig(cfg)
		presigner = s3.NewPresignClient(s3c)
		initialized = true
	}

	urls := make([]string, 0, len(evt.Records))
	for _, rec := range evt.Records {
		req, err := presigner.PresignGetObject(ctx, &s3.GetObjectInput{
			Bucket: aws.String(rec.S3.Bucket.Name),
			Key:    aws.String(rec.S3.Object.Key),
		}, s3.WithPresignExpires(15*time.Minute))
		if err != nil {
			return nil, err
		}
		urls = append(urls, req.URL)
	}
	return urls, nil
}

func main() {
	lambda.Start(handler)
}
