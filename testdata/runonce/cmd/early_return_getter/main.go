// getClient() helper: early return when already built, otherwise build and keep.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

var ddbClient *dynamodb.Client

func getClient(ctx context.Context) (*dynamodb.Client, error) {
	if ddbClient != nil {
		return ddbClient, nil
	}
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("AWS_REGION")))
	if err != nil {
		return nil, err
	}
	ddbClient = dynamodb.NewFromConfig(cfg)
	return ddbClient, nil
}

func handler(ctx context.Context, evt events.DynamoDBEvent) error {
	client, err := getClient(ctx)
	if err != nil {
		return err
	}
	for _, rec := range evt.Records {
		if rec.EventName != "REMOVE" {
			continue
		}
		_, err := client.DeleteItem(ctx, &dynamodb.DeleteItemInput{
			TableName: aws.String(os.Getenv("INDEX_TABLE")),
			Key: map[string]types.AttributeValue{
				"pk": &types.AttributeValueMemberS{Value: rec.Change.Keys["pk"].String()},
			},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
