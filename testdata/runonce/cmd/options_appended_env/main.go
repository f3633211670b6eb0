// The load options grow from their own earlier value, under a condition
// on the environment: the configuration is the same on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context) error {
	opts := []func(*config.LoadOptions) error{config.WithRegion("eu-west-1")}
	if ep := os.Getenv("LOCALSTACK_ENDPOINT"); ep != "" {
		opts = append(opts, config.WithBaseEndpoint(ep))
	}
	cfg, err := config.LoadDefaultConfig(ctx, opts...) // EXPECT: options built from constants and the environment
	if err != nil {
		return err
	}
	_ = s3.NewFromConfig(cfg) // EXPECT: client from the invariant configuration
	return nil
}

func main() { lambda.Start(handler) }
