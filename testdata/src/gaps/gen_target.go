package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func fromGenerated(ctx context.Context) error {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of fromGenerated`
	return nil
}
