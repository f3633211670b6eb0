// Package store opens the archive bucket with functional options.
package store

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type settings struct {
	region     string
	pathStyle  bool
	maxRetries int
}

// Option configures Open.
type Option func(*settings)

// InRegion picks the bucket's region.
func InRegion(r string) Option { return func(s *settings) { s.region = r } }

// PathStyle addresses the bucket by path.
func PathStyle() Option { return func(s *settings) { s.pathStyle = true } }

// Open loads the configuration and builds the client, each option applied.
func Open(ctx context.Context, opts ...Option) (*s3.Client, error) {
	s := settings{region: "us-east-1", maxRetries: 3}
	for _, o := range opts {
		o(&s)
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(s.region), config.WithRetryMaxAttempts(s.maxRetries)) // EXPECT: options of constants and the environment only
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.UsePathStyle = s.pathStyle }), nil // EXPECT: built per event from the same options
}
