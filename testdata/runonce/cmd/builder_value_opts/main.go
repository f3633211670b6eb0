// Options kept by value: each With method changes its own copy, so the
// chain on the package's defaults builds the same client on every
// invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type dbOptions struct {
	region   string
	endpoint string
	retries  int
}

var defaults = dbOptions{region: "us-east-1", retries: 3}

func (o dbOptions) WithRegion(r string) dbOptions { o.region = r; return o }

func (o dbOptions) WithRetries(n int) dbOptions { o.retries = n; return o }

func (o dbOptions) Open() *dynamodb.Client {
	return dynamodb.New(dynamodb.Options{Region: o.region, RetryMaxAttempts: o.retries})
}

func handler(ctx context.Context, id string) (string, error) {
	db := defaults.WithRegion("eu-north-1").WithRetries(5).Open() // EXPECT: value-receiver option chain on invariant defaults
	out, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(id)})
	if err != nil {
		return "", err
	}
	return string(out.Table.TableStatus), nil
}

func main() { lambda.Start(handler) }
