// An SDK option function runs inside the constructor call: the region it
// captures is read there, before the handler overrides it from the event,
// so the client is the home region's on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type check struct {
	Table  string `json:"table"`
	Region string `json:"region"`
}

var base = aws.Config{Region: "eu-west-1"}

func handler(ctx context.Context, c check) (string, error) {
	region := os.Getenv("HOME_REGION")
	client := dynamodb.NewFromConfig(base, func(o *dynamodb.Options) { o.Region = region }) // EXPECT: the option runs before the override
	if c.Region != "" {
		region = c.Region
	}
	out, err := client.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(c.Table)})
	if err != nil {
		return "", err
	}
	return region + " " + string(out.Table.TableStatus), nil
}

func main() { lambda.Start(handler) }
