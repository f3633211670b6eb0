package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var region string

// This init defers a call: code added at its end would run before it.
func init() {
	defer log.Printf("region %q", region)
	region = os.Getenv("REGION_OVERRIDE")
}

func deferred(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region)) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_ = q
	return nil
}
