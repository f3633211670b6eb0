// Package store opens clients for the region it is given.
package store

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Open returns a client for region.
func Open(ctx context.Context, region string) (*dynamodb.Client, error) {
	return dynamodb.New(dynamodb.Options{Region: region}), nil // EXPECT: built from what the dynamic call passes, the same each time
}

// OpenFor returns a client for region; the negative's handler passes the
// event's.
func OpenFor(ctx context.Context, region string) (*dynamodb.Client, error) {
	return dynamodb.New(dynamodb.Options{Region: region}), nil
}
