// Negative: the builder chain takes the region from the event, so the
// client differs between invocations.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/s3builder"
)

type request struct {
	Region, Bucket, Key string
}

type clientBuilder struct {
	cfg    aws.Config
	region string
}

func (b *clientBuilder) In(r string) *clientBuilder { b.region = r; return b }

func (b *clientBuilder) Build() *s3.Client {
	return s3.NewFromConfig(b.cfg, func(o *s3.Options) { o.Region = b.region })
}

var cfg aws.Config

func handler(ctx context.Context, req request) error {
	src := s3builder.New(cfg).Region(req.Region).Client()
	dst := (&clientBuilder{cfg: cfg}).In(req.Region).Build()
	obj, err := src.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(req.Bucket), Key: aws.String(req.Key)})
	if err != nil {
		return err
	}
	defer obj.Body.Close()
	_, err = dst.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(req.Bucket + "-copy"), Key: aws.String(req.Key), Body: obj.Body})
	return err
}

func main() {
	var err error
	if cfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
