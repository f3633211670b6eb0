// Another package's configuration getter is a OnceValue: the client the
// handler builds from it is the same on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/sharedcfg"
)

func handler(ctx context.Context, key string) error {
	c := s3.NewFromConfig(sharedcfg.Get()) // EXPECT: built from what another package's OnceValue answers
	_, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("media"), Key: aws.String(key)})
	return err
}

func main() { lambda.Start(handler) }
