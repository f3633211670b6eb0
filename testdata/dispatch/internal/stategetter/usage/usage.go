// Package usage reads metered usage from a tenant's account.
package usage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/stategetter/tenancy"
)

// Status describes the usage table with a client of the tenant's.
func Status(ctx context.Context, cfg aws.Config) (string, error) {
	db := dynamodb.NewFromConfig(cfg, func(o *dynamodb.Options) { o.Region = tenancy.HomeRegion() })
	out, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(tenancy.UsageTable())}) // EXPECT: the table main configured, read through a getter
	if err != nil {
		return "", err
	}
	return string(out.Table.TableStatus), nil
}
