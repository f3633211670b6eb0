// Package fixflag reads a value that a flag sets: init only registers the
// flag, main parses it, so the moved code lands in main after the parse.
package main

import (
	"context"
	"flag"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var region string

func init() {
	flag.StringVar(&region, "region", "eu-west-1", "the bucket's region")
}

func handler(ctx context.Context) error {
	b := s3.New(s3.Options{Region: region}) // want `s3.New builds a new S3 client and connection pool on every invocation of handler`
	_ = b
	return nil
}

func main() {
	flag.Parse()
	lambda.Start(handler)
}
