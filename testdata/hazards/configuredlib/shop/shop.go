// Package shop holds a handler that main registers, and the configuration
// main gives it before lambda.Start. The client is Init work, but built
// when the package initialises it would be built before main configures
// the package, without its region; lambdainit builds it lazily, on the
// first invocation, after the configuration.
package shop

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var awsCfg aws.Config

// Init sets the configuration the handler builds its client from.
func Init(cfg aws.Config) { awsCfg = cfg }

// Handle answers with the region of the client it builds.
func Handle(ctx context.Context, e events.CloudWatchEvent) (string, error) {
	c := s3.NewFromConfig(awsCfg)
	return "region " + c.Options().Region, nil
}
