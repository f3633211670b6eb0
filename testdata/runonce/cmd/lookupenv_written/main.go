// Negative: the handler sets the region variable from the event before
// it reads it back.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type request struct{ Region string }

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return def
}

func handler(ctx context.Context, req request) (string, error) {
	os.Setenv("ARCHIVE_REGION", req.Region)
	c := s3.New(s3.Options{Region: getenv("ARCHIVE_REGION", "eu-west-1")})
	return c.Options().Region, nil
}

func main() { lambda.Start(handler) }
