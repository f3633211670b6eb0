// Lazily created DynamoDB client kept in a package variable (warm starts reuse it).
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

var ddb *dynamodb.Client

func handler(ctx context.Context, evt events.SQSEvent) error {
	if ddb == nil {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return err
		}
		ddb = dynamodb.NewFromConfig(cfg)
	}

	for _, msg := range evt.Records {
		_, err := ddb.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String(os.Getenv("EVENTS_TABLE")),
			Item: map[string]types.AttributeValue{
				"id":   &types.AttributeValueMemberS{Value: msg.MessageId},
				"body": &types.AttributeValueMemberS{Value: msg.Body},
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
