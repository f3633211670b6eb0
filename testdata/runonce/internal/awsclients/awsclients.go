// Package awsclients hands out process-wide SDK clients, built on first use.
package awsclients

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	mu  sync.Mutex
	s3c *s3.Client
)

// S3 returns the shared S3 client, creating it on the first call.
func S3(ctx context.Context) (*s3.Client, error) {
	mu.Lock()
	defer mu.Unlock()
	if s3c == nil {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return nil, err
		}
		s3c = s3.NewFromConfig(cfg)
	}
	return s3c, nil
}
