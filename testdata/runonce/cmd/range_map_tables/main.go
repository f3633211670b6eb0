// A map of tables by name, ranged over for a constant input each: the
// same inputs on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var tables = map[string]string{"orders": "orders-v2", "users": "users-v1"}

var db = dynamodb.New(dynamodb.Options{Region: "eu-west-1"})

func handler(ctx context.Context) error {
	for _, name := range tables {
		if _, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)}); err != nil { // EXPECT: an input per table of a fixed map
			return err
		}
	}
	return nil
}

func main() { lambda.Start(handler) }
