// Negative twin of option_before_override: the override comes first, and
// an option function kept in a variable and applied later reads the
// region after it too.
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
	if c.Region != "" {
		region = c.Region
	}
	client := dynamodb.NewFromConfig(base, func(o *dynamodb.Options) { o.Region = region })

	replica := os.Getenv("REPLICA_REGION")
	inReplica := func(o *dynamodb.Options) { o.Region = replica }
	replica = c.Region
	other := dynamodb.NewFromConfig(base, inReplica)

	_, _ = client, other
	return region, nil
}

func main() { lambda.Start(handler) }
