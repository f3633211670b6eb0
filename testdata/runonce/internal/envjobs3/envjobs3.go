// Package envjobs3 holds handlers, registered by main, that set an
// environment variable from the event before they build.
package envjobs3

import (
	"context"
	"os"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Job carries a log level, a tenant and a body.
type Job struct{ LogLevel, Tenant, Body string }

// Handle sets the log level, which the SDK does not read, then loads the
// configuration and stores the body.
func Handle(ctx context.Context, j Job) error {
	if err := os.Setenv("LOG_LEVEL", j.LogLevel); err != nil {
		return err
	}
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: the handler sets only LOG_LEVEL, which the configuration does not read
	if err != nil {
		return err
	}
	_, err = s3.NewFromConfig(cfg).PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(os.Getenv("BUCKET")), Key: aws.String(j.Tenant), Body: strings.NewReader(j.Body)}) // EXPECT: the client, built from that configuration
	return err
}

// HandleTenant sets the tenant's bucket from the event, then reads it.
func HandleTenant(ctx context.Context, j Job) error {
	if err := os.Setenv("TENANT_BUCKET", "tenant-"+j.Tenant); err != nil {
		return err
	}
	c := s3.New(s3.Options{Region: "eu-west-1"}) // EXPECT: a client of constants, whatever the handler sets
	_, err := c.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(os.Getenv("TENANT_BUCKET"))})
	return err
}
