// Package store builds its S3 clients from the configuration main gives
// it.
package store

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var awsCfg aws.Config

// Configure sets the configuration the clients are built from.
func Configure(cfg aws.Config) { awsCfg = cfg }

// Client builds a client from the configuration.
func Client() *s3.Client { return s3.NewFromConfig(awsCfg) }
