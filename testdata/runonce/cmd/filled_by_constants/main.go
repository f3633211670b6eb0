// The handler hands a pointer it made to a helper that fills it from
// constants only: what the helper writes is the same on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type request struct {
	Table string
}

var db *dynamodb.Client

func defaults(r *request) { r.Table = "orders" }

func handler(ctx context.Context) (string, error) {
	req := &request{}
	defaults(req)
	out, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(req.Table)}) // EXPECT: filled by a helper from constants: the same input every time
	if err != nil {
		return "", err
	}
	return string(out.Table.TableStatus), nil
}

func main() { lambda.Start(handler) }
