// Package entrypoints uses every aws-lambda-go entry point.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func h1(ctx context.Context) error { _ = sqs.New(sqs.Options{}); return nil } // want `invocation of h1`
func h2(ctx context.Context) error { _ = sqs.New(sqs.Options{}); return nil } // want `invocation of h2`
func h3(ctx context.Context) error { _ = sqs.New(sqs.Options{}); return nil } // want `invocation of h3`
func h4(ctx context.Context) error { _ = sqs.New(sqs.Options{}); return nil } // want `invocation of h4`
func h5(ctx context.Context) error { _ = sqs.New(sqs.Options{}); return nil } // want `invocation of h5`

func main() {
	ctx := context.Background()
	lambda.StartWithContext(ctx, h1)
	lambda.StartWithOptions(h2, lambda.WithEnableSIGTERM())
	lambda.StartHandler(lambda.NewHandler(h3))
	h := lambda.NewHandlerWithOptions(h4)
	lambda.StartHandlerWithContext(ctx, h)
	_ = lambda.NewHandler(h5) // built, registered elsewhere: still a handler
}
