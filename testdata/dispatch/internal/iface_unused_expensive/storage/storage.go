package storage

import (
	"bytes"
	"context"
	"os"
	"path/filepath"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Archiver interface {
	Archive(ctx context.Context, key string, data []byte) error
}

// Local writes to the function's /tmp; used by this deployment.
type Local struct {
	Dir string
}

func (l Local) Archive(_ context.Context, key string, data []byte) error {
	p := filepath.Join(l.Dir, filepath.Base(key))
	return os.WriteFile(p, data, 0o600)
}

// S3 is kept for the old deployment; nothing wires it any more.
type S3 struct {
	Bucket string
}

func (a S3) Archive(ctx context.Context, key string, data []byte) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	_, err = s3.NewFromConfig(cfg).PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(a.Bucket), Key: aws.String(key), Body: bytes.NewReader(data),
	})
	return err
}
