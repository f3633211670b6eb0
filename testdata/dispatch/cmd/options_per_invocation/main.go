package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/options_per_invocation/exporter"
)

func handler(ctx context.Context, e events.CloudWatchEvent) error {
	ex, err := exporter.New(ctx,
		exporter.WithBucket(os.Getenv("EXPORT_BUCKET")),
		exporter.WithS3(),
		exporter.WithDynamo(),
	)
	if err != nil {
		return err
	}
	return ex.Export(ctx, os.Getenv("SOURCE_TABLE"))
}

func main() {
	lambda.Start(handler)
}
