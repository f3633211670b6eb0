// Package fixtwo has two handlers in one file: two fixes, each with its own
// init, both adding the log import once.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func upload(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	c := s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
	_ = c
	return nil
}

func notify(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_ = q
	return nil
}

func main() {
	lambda.Start(upload)
	lambda.Start(notify)
}
