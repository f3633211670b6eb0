// Package fixtestdecl has a test file that declares cfg at package level.
// The fix must name its variable otherwise, or the package would not build
// with its tests. The pass over the package without its tests reads the
// test file's declarations, so that both passes offer the same fix.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context) (string, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads`
	if err != nil {
		return "", err
	}
	client := s3.NewFromConfig(cfg) // want `s3.NewFromConfig builds`
	_ = client
	return cfg.Region, nil
}

func main() { lambda.Start(handler) }
