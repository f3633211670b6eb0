// Package fixenvwrite has a handler that sets the environment on every
// invocation, then loads the configuration that reads it: moved out of the
// handler, the load would not see the invocation's region.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
)

type request struct{ Region string }

func handler(ctx context.Context, r request) (string, error) {
	if err := os.Setenv("AWS_REGION", r.Region); err != nil {
		return "", err
	}
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: it reads the environment, which handler changes on every invocation \(line 17\)\)`
	if err != nil {
		return "", err
	}
	return cfg.Region, nil
}

func main() { lambda.Start(handler) }
