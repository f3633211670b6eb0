// A small builder assembles the S3 client; every link of the chain is constant.
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

var baseCfg aws.Config

type clientBuilder struct {
	cfg       aws.Config
	region    string
	pathStyle bool
}

func newBuilder(cfg aws.Config) *clientBuilder { return &clientBuilder{cfg: cfg} }

func (b *clientBuilder) Region(r string) *clientBuilder { b.region = r; return b }

func (b *clientBuilder) PathStyle() *clientBuilder { b.pathStyle = true; return b }

func (b *clientBuilder) Build() *s3.Client {
	return s3.NewFromConfig(b.cfg, func(o *s3.Options) {
		if b.region != "" {
			o.Region = b.region
		}
		o.UsePathStyle = b.pathStyle
	})
}

func handler(ctx context.Context, evt events.S3Event) error {
	replica := newBuilder(baseCfg).Region("eu-central-1").PathStyle().Build() // EXPECT: a chain of this package's own builder methods on a fresh builder, every link constant
	for _, rec := range evt.Records {
		if _, err := replica.CopyObject(ctx, &s3.CopyObjectInput{
			Bucket:     aws.String("replica-" + rec.S3.Bucket.Name),
			CopySource: aws.String(rec.S3.Bucket.Name + "/" + rec.S3.Object.Key),
			Key:        aws.String(rec.S3.Object.Key),
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
