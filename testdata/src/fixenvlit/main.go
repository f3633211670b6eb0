// Package fixenvlit sets the environment from the event through a function
// literal held by a package variable, then loads the configuration that
// reads it: the write is found in the literal as it is in a declared
// function, and the load, not the same on every invocation, is not
// reported.
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
	cfg, err := config.LoadDefaultConfig(ctx) // not the same on every invocation: the region is the event's
	if err != nil {
		return "", err
	}
	return cfg.Region, nil
}

func main() { lambda.Start(handler) }
