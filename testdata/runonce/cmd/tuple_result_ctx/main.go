// The helper's success path answers the tenant it reads from the
// request's context with the configuration (return st, cfg, err, err nil
// there): the settings differ on every invocation, so the call cannot
// move to Init; the client built from the configuration is still
// reported, with no fix (a fix used to move the whole call).
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type tenantKey struct{}

type settings struct{ Bucket string }

func tenantSettings(ctx context.Context) (settings, error) {
	t, _ := ctx.Value(tenantKey{}).(string)
	return settings{Bucket: t + "-uploads"}, nil
}

func setup(ctx context.Context) (settings, aws.Config, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: loaded on every invocation, inside the helper
	if err != nil {
		return settings{}, aws.Config{}, err
	}
	st, err := tenantSettings(ctx)
	return st, cfg, err
}

func handle(ctx context.Context) error {
	st, cfg, err := setup(ctx)
	if err != nil {
		return err
	}
	client := s3.NewFromConfig(cfg) // EXPECT: built from the configuration result, the same each time
	_, err = client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(st.Bucket)})
	return err
}

func main() { lambda.Start(handle) }
