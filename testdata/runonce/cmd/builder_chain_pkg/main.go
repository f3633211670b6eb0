// The shared library's builder, chained in the handler with constant
// settings: the client is the same on every invocation.
package main

import (
	"context"
	"log"
	"time"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/s3builder"
)

var cfg aws.Config

func handler(ctx context.Context, evt events.SQSEvent) error {
	archive := s3builder.New(cfg).Region("eu-west-1").Timeout(10 * time.Second).Client() // EXPECT: another package's builder chain, every link constant
	for _, m := range evt.Records {
		if _, err := archive.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("archive"), Key: aws.String(m.Body)}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	var err error
	if cfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
