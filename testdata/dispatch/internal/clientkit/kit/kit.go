// Package kit is how the team's functions get AWS clients: a table of
// constructors by service name, and a generic builder applying the
// standard retry settings.
package kit

import (
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var constructors = map[string]func(aws.Config) any{
	"s3":  func(c aws.Config) any { return s3.NewFromConfig(c) },  // EXPECT: built on every call of For through the table
	"sqs": func(c aws.Config) any { return sqs.NewFromConfig(c) }, // EXPECT: built on every call of For through the table
}

// For returns a client for the named service.
func For(cfg aws.Config, service string) any {
	ctor, ok := constructors[service]
	if !ok {
		panic(fmt.Sprintf("kit: no client for %q", service))
	}
	return ctor(cfg)
}

// S3 returns an S3 client.
func S3(cfg aws.Config) *s3.Client { return For(cfg, "s3").(*s3.Client) }

// SQS returns an SQS client.
func SQS(cfg aws.Config) *sqs.Client { return For(cfg, "sqs").(*sqs.Client) }

// Build builds a client of type T from cfg with the standard retries.
func Build[T any](cfg aws.Config, build func(aws.Config) T) T {
	cfg.RetryMaxAttempts = 5
	return build(cfg)
}
