// Generic lazy cell (guard in another package) held in a package variable.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/lazy"
)

var (
	baseCfg aws.Config
	s3Cell  lazy.Value[*s3.Client]
)

func handler(ctx context.Context, evt events.S3Event) error {
	client := s3Cell.Get(func() *s3.Client {
		return s3.NewFromConfig(baseCfg)
	})
	for _, rec := range evt.Records {
		if _, err := client.RestoreObject(ctx, &s3.RestoreObjectInput{
			Bucket: aws.String(rec.S3.Bucket.Name),
			Key:    aws.String(rec.S3.Object.Key),
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	var err error
	if baseCfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
