// S3 client with an option closure that captures only constants (MinIO-style endpoint).
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const objectStoreEndpoint = "https://objects.internal.example.com"

var baseCfg aws.Config

func handler(ctx context.Context, evt events.SQSEvent) error {
	client := s3.NewFromConfig(baseCfg, func(o *s3.Options) { // EXPECT: s3 client with invariant option closure
		o.UsePathStyle = true
		o.BaseEndpoint = aws.String(objectStoreEndpoint)
	})
	for _, msg := range evt.Records {
		if _, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{
			Bucket: aws.String("uploads"),
			Key:    aws.String(msg.Body),
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
