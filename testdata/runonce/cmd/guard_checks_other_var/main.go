// Copy-paste bug: the guard tests the S3 client variable, which nothing ever
// sets, while the branch fills the DynamoDB one.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	baseCfg aws.Config
	s3c     *s3.Client
	ddb     *dynamodb.Client
)

func handler(ctx context.Context, evt events.EventBridgeEvent) error {
	if s3c == nil {
		ddb = dynamodb.NewFromConfig(baseCfg) // EXPECT: guard checks s3c but stores ddb
	}
	_, err := ddb.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(evt.Source)})
	return err
}

func main() {
	var err error
	if baseCfg, err = config.LoadDefaultConfig(context.Background()); err != nil {
		log.Fatal(err)
	}
	lambda.Start(handler)
}
