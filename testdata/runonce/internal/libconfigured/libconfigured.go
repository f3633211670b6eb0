// Package libconfigured holds a handler that main registers after it
// configures the package through Configure.
package libconfigured

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var cfg aws.Config

// Configure sets the configuration clients are built from.
func Configure(c aws.Config) { cfg = c }

// Handle deletes the item the event names.
func Handle(ctx context.Context, e events.CloudWatchEvent) error {
	db := dynamodb.NewFromConfig(cfg) // EXPECT: built from what main configured before Start, on every invocation
	_, err := db.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(e.Source)})
	return err
}
