// Package libreconfigured holds the same handler, which points the
// configuration at the event's region first.
package libreconfigured

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var cfg aws.Config

// Configure sets the configuration clients are built from.
func Configure(c aws.Config) { cfg = c }

// UseRegion points the configuration at a region.
func UseRegion(r string) { cfg.Region = r }

// Handle deletes the item the event names, in the event's region.
func Handle(ctx context.Context, e events.CloudWatchEvent) error {
	UseRegion(e.Region)
	db := dynamodb.NewFromConfig(cfg)
	_, err := db.DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(e.Source)})
	return err
}
