// Package conns owns the function's connections, made on first use.
package conns

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var db *dynamodb.Client

// DB returns the shared client, connecting on first use.
func DB(ctx context.Context) (*dynamodb.Client, error) {
	if db == nil {
		cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("DB_REGION"))) // EXPECT: Release clears the client after every invocation
		if err != nil {
			return nil, err
		}
		db = dynamodb.NewFromConfig(cfg) // EXPECT: rebuilt on every invocation
	}
	return db, nil
}

// Release drops the connections, when there are any.
func Release() {
	if db != nil {
		db = nil
	}
}
