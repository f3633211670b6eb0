// Another package's loader variable is called on every invocation: the
// load it runs is reported, in that package; the client built from what
// it answers is not, since anything may swap the variable.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/sharedcfg"
)

func handler(ctx context.Context, key string) error {
	c := s3.NewFromConfig(sharedcfg.Loader())
	_, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("media"), Key: aws.String(key)})
	return err
}

func main() { lambda.Start(handler) }
