// The configuration is loaded once, behind sync.OnceValue; the client
// built from it in the handler is the same on every invocation.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var cfg = sync.OnceValue(func() aws.Config {
	c, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	return c
})

func handler(ctx context.Context, table string) error {
	db := dynamodb.NewFromConfig(cfg()) // EXPECT: built from what the OnceValue answers, the same every time
	_, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(table)})
	return err
}

func main() { lambda.Start(handler) }
