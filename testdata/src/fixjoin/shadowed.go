package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var queue string

// This init declares cfg, as the moved code does.
func init() {
	cfg := os.Getenv("QUEUE")
	queue = cfg
}

func shadowed(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_, _ = q, queue
	return nil
}
