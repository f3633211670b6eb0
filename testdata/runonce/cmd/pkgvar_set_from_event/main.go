// A package variable is overwritten from the event before the config is loaded.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var activeRegion = "us-east-1"

func handler(ctx context.Context, evt events.EventBridgeEvent) error {
	activeRegion = evt.Region

	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(activeRegion))
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg)
	_, err = db.UpdateTable(ctx, &dynamodb.UpdateTableInput{
		TableName:                 aws.String(evt.Source),
		DeletionProtectionEnabled: aws.Bool(true),
	})
	return err
}

func main() {
	lambda.Start(handler)
}
