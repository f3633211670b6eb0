// Positive: SDK option functions that capture a value by its fields. The
// shared settings are handed to tenant.Scope, which writes only Prefix:
// an option reading their Region is the same on every invocation. The
// handler's receiver counts its calls, never its endpoint: an option
// reading h.endpoint is the same too. A local set up from the environment
// whose other field takes the event: an option reading the first is the
// same.
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

// Event names the tenant and the report.
type Event struct {
	Tenant string `json:"tenant"`
	Key    string `json:"key"`
}

type target struct {
	region string
	key    string
}

type reporter struct {
	cfg      aws.Config
	endpoint string
	calls    int
}

func (h *reporter) handle(ctx context.Context, e Event) error {
	h.calls++
	s := settings.Current()
	tenant.Scope(s, e.Tenant)
	client := s3.NewFromConfig(h.cfg, func(o *s3.Options) { o.Region = s.Region }) // EXPECT: Region is a field tenant.Scope does not write
	db := dynamodb.NewFromConfig(h.cfg, func(o *dynamodb.Options) {                // EXPECT: the receiver's endpoint, never written
		o.BaseEndpoint = aws.String(h.endpoint)
	})
	t := target{region: os.Getenv("ARCHIVE_REGION")}
	t.key = e.Key
	archive := s3.NewFromConfig(h.cfg, func(o *s3.Options) { o.Region = t.region }) // EXPECT: the local's region comes from the environment
	if _, err := client.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(s.Prefix)}); err != nil {
		return err
	}
	if _, err := archive.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("archive"), Key: aws.String(t.key)}); err != nil {
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
