// Package fixhelper builds its client in a helper the handler calls. The
// helper only builds what it returns: its call is the finding, and moves.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// bucketClient returns the S3 client.
func bucketClient(ctx context.Context) (*s3.Client, error) {
	// Region and credentials come from the environment.
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return s3.NewFromConfig(cfg), nil
}

func handler(ctx context.Context) error {
	c, err := bucketClient(ctx) // want `bucketClient loads the shared config files and resolves credentials \(config.LoadDefaultConfig, main/main.go:17\) and builds a new S3 client and connection pool \(s3.NewFromConfig, main/main.go:21\) on every invocation of handler; build it once outside the handler$`
	if err != nil {
		return err
	}
	_ = c
	return nil
}

func main() { lambda.Start(handler) }
