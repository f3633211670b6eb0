// A helper returns several values: the settings it fetches for the
// request's tenant, and the SDK configuration it loads. The client built
// from the configuration is the same on every invocation, whatever the
// other result is; the call cannot move whole, so there is no fix.
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
}

type settings struct{ Bucket string }

func setup(ctx context.Context, tenant string) (settings, aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: loaded on every invocation, inside the helper
	if err != nil {
		return settings{}, aws.Config{}, err
	}
	return settings{Bucket: tenant + "-uploads"}, cfg, nil
}

func handle(ctx context.Context, req request) error {
	st, cfg, err := setup(ctx, req.Tenant)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg) // EXPECT: built from the configuration result, the same each time
	_, err = client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(st.Bucket)})
	return err
}

func main() { lambda.Start(handle) }
