// Negative: the twins of captured_fields, where the captured field is the
// one that varies. tenant.Relocate writes the settings' Region from the
// event; the handler changes its receiver's endpoint per event; the
// local's region is the event's.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/capturedfields/settings"
	"example.com/cases/runonce/internal/capturedfields/tenant"
)

// Event names the tenant, its home region and the report.
type Event struct {
	Tenant   string `json:"tenant"`
	Region   string `json:"region"`
	Endpoint string `json:"endpoint"`
	Key      string `json:"key"`
}

type target struct {
	region string
	key    string
}

type reporter struct {
	cfg      aws.Config
	endpoint string
}

func (h *reporter) handle(ctx context.Context, e Event) error {
	if e.Endpoint != "" {
		h.endpoint = e.Endpoint
	}
	s := settings.Current()
	tenant.Relocate(s, e.Region)
	client := s3.NewFromConfig(h.cfg, func(o *s3.Options) { o.Region = s.Region })
	db := dynamodb.NewFromConfig(h.cfg, func(o *dynamodb.Options) {
		o.BaseEndpoint = aws.String(h.endpoint)
	})
	t := target{key: os.Getenv("ARCHIVE_KEY")}
	t.region = e.Region
	archive := s3.NewFromConfig(h.cfg, func(o *s3.Options) { o.Region = t.region })
	if _, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(s.Prefix + e.Tenant)}); err != nil {
		return err
	}
	if _, err := archive.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(e.Tenant), Key: aws.String(t.key)}); err != nil {
		return err
	}
	_, err := db.ListTables(ctx, &dynamodb.ListTablesInput{ExclusiveStartTableName: aws.String(e.Tenant)})
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	h := &reporter{cfg: cfg, endpoint: os.Getenv("DYNAMODB_ENDPOINT")}
	lambda.Start(h.handle)
}
