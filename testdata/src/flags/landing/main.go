// Package landing runs with -landing=main: the fix puts the moved code in
// main, before lambda.Start, although init would be safe too.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return err
	}
	q := sqs.NewFromConfig(cfg) // want `sqs.NewFromConfig builds`
	_ = q
	return nil
}

func main() {
	lambda.Start(handler)
}
