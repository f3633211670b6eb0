// Package fixhelper builds its client in a helper the handler calls.
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
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(via bucketClient\)`
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return s3.NewFromConfig(cfg), nil // want `s3.NewFromConfig builds .* \(via bucketClient\)`
}

func handler(ctx context.Context) error {
	c, err := bucketClient(ctx)
	if err != nil {
		return err
	}
	_ = c
	return nil
}

func main() { lambda.Start(handler) }
