// The region comes from the environment through a helper with a default
// (os.LookupEnv): the client is the same on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func handler(ctx context.Context, key string) error {
	c := s3.New(s3.Options{Region: getenv("ARCHIVE_REGION", "eu-west-1")}) // EXPECT: built from the environment, with a default
	_, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(getenv("ARCHIVE_BUCKET", "archive")), Key: aws.String(key)})
	return err
}

func main() { lambda.Start(handler) }
