// The helper's configuration result depends on the event (the region it
// names): the client built from it differs on every invocation, and only
// the configuration load inside the helper is reported.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type request struct {
	Tenant string `json:"tenant"`
	Region string `json:"region"`
}

type settings struct{ Bucket string }

func setup(ctx context.Context, tenant, region string) (settings, aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(region))
	if err != nil {
		return settings{}, aws.Config{}, err
	}
	return settings{Bucket: tenant + "-uploads"}, cfg, nil
}

func handle(ctx context.Context, req request) error {
	st, cfg, err := setup(ctx, req.Tenant, req.Region)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg)
	_, err = client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(st.Bucket)})
	return err
}

func main() { lambda.Start(handle) }
