// Package fixenvlit sets the environment through a function literal held by
// a package variable, then loads the configuration that reads it: the
// write is found in the literal as it is in a declared function.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
)

type request struct{ Region string }

var pinRegion = func(region string) error { return os.Setenv("AWS_REGION", region) }

func handler(ctx context.Context, r request) (string, error) {
	if err := pinRegion(r.Region); err != nil {
		return "", err
	}
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: it reads the environment, which the function literal of pinRegion changes on every invocation \(line 16\)\)`
	if err != nil {
		return "", err
	}
	return cfg.Region, nil
}

func main() { lambda.Start(handler) }
