//go:build ignore

package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context) error {
	_ = s3.New(s3.Options{}) // not built, not analyzed
	return nil
}

func main() { lambda.Start(handler) }
