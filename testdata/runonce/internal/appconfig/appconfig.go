// Package appconfig loads the AWS configuration and the application's
// settings, the way event-pipeline style apps do: Load keeps a pointer to
// the configuration it loaded in the package's Settings.
package appconfig

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Settings is what Load found.
type Settings struct {
	AWS   *aws.Config
	Table string
}

// Current is the last loaded settings.
var Current Settings

// Load builds the table client from the configuration it loads, and
// only then keeps the configuration's address: the client is built from
// the value as loaded, the same on every call.
func Load(ctx context.Context) error {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg)
	out, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String("orders")})
	if err != nil {
		return err
	}
	Current.Table = aws.ToString(out.Table.TableArn)
	Current.AWS = &cfg
	return nil
}

// LoadFor points the configuration at region before it builds the
// table client: the client varies with region.
func LoadFor(ctx context.Context, region string) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	Current.AWS = &cfg
	Current.AWS.Region = region
	db := dynamodb.NewFromConfig(cfg)
	_ = db
	return nil
}
