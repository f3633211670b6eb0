// Region from an environment variable the handler never sets.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

func handler(ctx context.Context, evt events.CloudWatchEvent) (int32, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("DATA_REGION"))) // EXPECT: config loading from env-only inputs
	if err != nil {
		return 0, err
	}
	db := dynamodb.NewFromConfig(cfg) // EXPECT: dynamodb client from invariant config
	out, err := db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(evt.Resources[0])})
	if err != nil {
		return 0, err
	}
	return int32(aws.ToInt64(out.Table.ItemCount)), nil
}

func main() {
	lambda.StartWithOptions(handler, lambda.WithEnableSIGTERM(func() {}))
}
