// service built in main exposes getter methods that build clients on first use.
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

type service struct {
	cfg    aws.Config
	bucket string
	s3c    *s3.Client
}

func (s *service) storage() *s3.Client {
	if s.s3c == nil {
		s.s3c = s3.NewFromConfig(s.cfg)
	}
	return s.s3c
}

func (s *service) handle(ctx context.Context, evt events.CloudWatchEvent) error {
	_, err := s.storage().CopyObject(ctx, &s3.CopyObjectInput{
		Bucket:     aws.String(s.bucket),
		CopySource: aws.String(s.bucket + "/latest/" + evt.ID),
		Key:        aws.String("archive/" + evt.ID),
	})
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	svc := &service{cfg: cfg, bucket: "reports-archive"}
	lambda.Start(func(ctx context.Context, evt events.CloudWatchEvent) error {
		return svc.handle(ctx, evt)
	})
}
