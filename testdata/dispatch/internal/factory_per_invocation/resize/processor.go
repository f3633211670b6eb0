package resize

import (
	"context"
	"io"
	"log"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type ProcessFunc func(ctx context.Context, bucket, key string) error

func NewProcessor(ctx context.Context) (ProcessFunc, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig in factory the handler calls per invocation
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, bucket, key string) error {
		client := s3.NewFromConfig(cfg) // EXPECT: s3.NewFromConfig in closure returned by per-invocation factory
		out, err := client.GetObject(ctx, &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
		if err != nil {
			return err
		}
		defer out.Body.Close()
		n, err := io.Copy(io.Discard, out.Body)
		log.Printf("read %d bytes of %s", n, key)
		return err
	}, nil
}
