// Package streamdeps holds a handler that main registers after it
// configures the package; the handler makes a deps value on every
// invocation, whose getter caches its client on it.
package streamdeps

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var awsCfg aws.Config

// Configure stores the configuration main loads.
func Configure(cfg aws.Config) { awsCfg = cfg }

type deps struct {
	cfg aws.Config
	ddb *dynamodb.Client
}

func newDeps() *deps { return &deps{cfg: awsCfg} }

func (d *deps) table() *dynamodb.Client {
	if d.ddb == nil {
		d.ddb = dynamodb.NewFromConfig(d.cfg) // GAP: cached on deps made on every invocation, from the configuration main set; main does not see that what the work reads (awsCfg) is set once, by Configure before Start (found with -handler-shapes)
	}
	return d.ddb
}

// Handle records each record's sequence number.
func Handle(ctx context.Context, evt events.KinesisEvent) error {
	d := newDeps()
	for _, r := range evt.Records {
		if _, err := d.table().DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(r.Kinesis.PartitionKey)}); err != nil {
			return err
		}
	}
	return nil
}
