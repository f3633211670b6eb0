// Package config is a stub of github.com/aws/aws-sdk-go-v2/config.
package config

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type LoadOptions struct{ Region string }

func LoadDefaultConfig(ctx context.Context, optFns ...func(*LoadOptions) error) (cfg aws.Config, err error) {
	return aws.Config{}, nil
}

func WithRegion(v string) func(*LoadOptions) error { return nil }
