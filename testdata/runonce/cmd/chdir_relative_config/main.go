// Per-tenant workspace on EFS: the handler changes directory, then loads a
// shared config file by relative path.
package main

import (
	"context"
	"os"
	"path/filepath"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type SyncJob struct {
	Tenant string `json:"tenant"`
	Bucket string `json:"bucket"`
}

func handler(ctx context.Context, job SyncJob) error {
	if err := os.Chdir(filepath.Join("/mnt/efs/tenants", job.Tenant)); err != nil {
		return err
	}
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithSharedConfigFiles([]string{"aws/config"}),
		config.WithSharedCredentialsFiles([]string{"aws/credentials"}),
		config.WithSharedConfigProfile("tenant"),
	)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg)
	_, err = client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(job.Bucket)})
	return err
}

func main() {
	lambda.Start(handler)
}
