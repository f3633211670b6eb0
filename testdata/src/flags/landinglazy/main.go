// Package main shows -landing=lazy: moved code goes in a sync.OnceFunc the
// handler calls first. other checks errors, whose log.Fatalf would belong
// in Init, but main starts it in one mode only: its code runs in a
// function it calls until that succeeds.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context) error {
	b := s3.New(s3.Options{Region: "eu-west-1"}) // want `s3.New builds`
	_ = b
	return nil
}

func other(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_ = q
	return nil
}

func main() {
	if os.Getenv("OTHER") != "" {
		lambda.Start(other)
		return
	}
	lambda.Start(handler)
}
