// Package awsclient centralises client construction so tests can swap in
// local endpoints.
package awsclient

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// newDynamoDB is replaced in tests.
var newDynamoDB = func(cfg aws.Config) *dynamodb.Client {
	return dynamodb.NewFromConfig(cfg) // EXPECT: the hook builds a client on every call, from the same configuration
}

// DynamoDB returns a client for the function's region.
func DynamoDB(ctx context.Context) (*dynamodb.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: loaded on every call
	if err != nil {
		return nil, err
	}
	return newDynamoDB(cfg), nil
}

// InRegion returns a client for the given region.
func InRegion(base aws.Config, region string) *dynamodb.Client {
	cfg := base.Copy()
	cfg.Region = region
	return newDynamoDB(cfg)
}
