// Package tablesrc scans the table a variable names.
package tablesrc

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Table is the table Count scans; Label names the report.
var (
	Table = "orders"
	Label string
)

// Count counts the table's items.
func Count(ctx context.Context, db *dynamodb.Client) (int32, error) {
	out, err := db.Scan(ctx, &dynamodb.ScanInput{TableName: aws.String(Table), Select: "COUNT"}) // EXPECT: an input of a variable the handler does not change
	if err != nil {
		return 0, err
	}
	return out.Count, nil
}
