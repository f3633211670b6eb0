// Package awscfg centralises how the functions of this repo load AWS config.
package awscfg

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// Load returns the standard config: region from the environment, five retries.
func Load(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion(envOr("AWS_REGION", "eu-west-1")),
		config.WithRetryMaxAttempts(5),
		config.WithAppID("billing"),
	)
}
