package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/factory_per_invocation/resize"
)

func handler(ctx context.Context, e events.S3Event) error {
	process, err := resize.NewProcessor(ctx)
	if err != nil {
		return err
	}
	for _, rec := range e.Records {
		if err := process(ctx, rec.S3.Bucket.Name, rec.S3.Object.URLDecodedKey); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
