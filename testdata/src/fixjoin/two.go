package main

import (
	"context"
	"log"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Two fixes in this file land in init: each adds its own, as both would
// declare cfg and err in one function otherwise.
func init() {
	log.SetPrefix("two: ")
}

func first(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
	return nil
}

func second(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	_ = sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	return nil
}
