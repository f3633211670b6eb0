//go:build linux

// Package buildtags has handlers behind build tags: the file for this
// platform is analyzed, an ignored one is not.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context) error {
	_ = s3.New(s3.Options{}) // want `s3.New builds`
	return nil
}

func main() { lambda.Start(handler) }
