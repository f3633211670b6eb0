// Package resetcache keeps an S3 client in a package variable, behind a
// nil check, and lets callers drop it.
package resetcache

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var client *s3.Client

// Client returns the cached client, building it when there is none.
func Client(ctx context.Context) (*s3.Client, error) {
	if client == nil {
		cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: the cache is dropped on every invocation, so the config is loaded again
		if err != nil {
			return nil, err
		}
		client = s3.NewFromConfig(cfg) // EXPECT: the cache is dropped on every invocation, so the client is built again
	}
	return client, nil
}

// Reset drops the client, "to release its connections".
func Reset() { client = nil }
