// The handler keeps the table the first event names, then builds the same
// input from it on every invocation. Reported without a fix: moved out of
// the handler, the input would be built before the first event fills it.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type event struct {
	Table string `json:"table"`
}

var table *string

var db *dynamodb.Client

func handler(ctx context.Context, e event) (int64, error) {
	if table == nil {
		table = aws.String(e.Table)
	}
	out, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: table}) // EXPECT: the same input once the first event has set the table
	if err != nil {
		return 0, err
	}
	return aws.ToInt64(out.Table.ItemCount), nil
}

func main() { lambda.Start(handler) }
