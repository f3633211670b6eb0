// Package checks runs with -checks=client: config and params stay quiet.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context) error {
	cfg, _ := config.LoadDefaultConfig(ctx)
	c := s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
	_, err := c.ListObjectsV2(ctx, &s3.ListObjectsV2Input{Bucket: aws.String("b")})
	return err
}

func main() { lambda.Start(handler) }
