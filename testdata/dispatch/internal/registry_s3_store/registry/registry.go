// Package registry is the composition root: it knows every adapter.
package registry

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/registry_s3_store/ports"
	"example.com/cases/dispatch/internal/registry_s3_store/s3store"
)

type Container struct {
	Blobs ports.BlobStore
}

func Build(ctx context.Context) (*Container, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &Container{
		Blobs: &s3store.Store{Cfg: cfg, Bucket: os.Getenv("UPLOAD_BUCKET")},
	}, nil
}
