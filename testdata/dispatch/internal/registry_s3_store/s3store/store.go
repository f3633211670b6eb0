package s3store

import (
	"bytes"
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type Store struct {
	Cfg    aws.Config
	Bucket string
}

func (s *Store) Put(ctx context.Context, key string, body []byte) error {
	client := s3.NewFromConfig(s.Cfg) // EXPECT: s3.NewFromConfig per Put (reached via ports.BlobStore wired in registry)
	_, err := client.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(s.Bucket),
		Key:    aws.String(key),
		Body:   bytes.NewReader(body),
	})
	return err
}
