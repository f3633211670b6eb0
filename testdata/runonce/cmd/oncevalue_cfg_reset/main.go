// Negative: the handler replaces the OnceValue with one for the event's
// region, so what it answers differs between invocations.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type request struct{ Region, Table string }

var cfg = sync.OnceValue(func() aws.Config { return aws.Config{} })

func handler(ctx context.Context, req request) error {
	cfg = sync.OnceValue(func() aws.Config {
		c, _ := config.LoadDefaultConfig(ctx, config.WithRegion(req.Region))
		return c
	})
	db := dynamodb.NewFromConfig(cfg())
	_, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(req.Table)})
	return err
}

func main() { lambda.Start(handler) }
