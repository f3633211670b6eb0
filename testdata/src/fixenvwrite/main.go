// Package fixenvwrite has a handler that sets the environment from the
// event on every invocation, then loads the configuration that reads it:
// the load is not the same on every invocation, so it is not reported (and
// moved out of the handler it would not see the invocation's region). A
// handler that pins the variable to a constant loads the same config every
// time: reported, and kept in place, since the environment changes there.
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
	cfg, err := config.LoadDefaultConfig(ctx) // not the same on every invocation: the region is the event's
	if err != nil {
		return "", err
	}
	return cfg.Region, nil
}

func pinned(ctx context.Context, r request) (string, error) {
	if err := os.Setenv("AWS_REGION", "eu-west-1"); err != nil {
		return "", err
	}
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* \(no automatic fix: it reads the environment, which \w+ changes on every invocation \(line \d+\)\)`
	if err != nil {
		return "", err
	}
	return cfg.Region + r.Region, nil
}

func main() {
	lambda.Start(handler)
	lambda.Start(pinned)
}
