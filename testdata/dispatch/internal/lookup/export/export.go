// Package export registers the "export" action, which builds its client
// on every run.
package export

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/dispatch/internal/lookup/registry"
)

func init() { registry.Register("export", run) }

func run(ctx context.Context, key string) error {
	c := s3.New(s3.Options{Region: "eu-west-1"}) // EXPECT: an unexported action registered from init, looked up by name
	_, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("exports"), Key: aws.String(key)})
	return err
}
