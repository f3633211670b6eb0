// Nil check on a variable declared in the handler itself.
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

func handler(ctx context.Context, evt events.DynamoDBEvent) error {
	var mirror *dynamodb.Client
	for _, rec := range evt.Records {
		if rec.EventName != "INSERT" {
			continue
		}
		if mirror == nil {
			cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion(os.Getenv("MIRROR_REGION"))) // EXPECT: config loading guarded by a local
			if err != nil {
				return err
			}
			mirror = dynamodb.NewFromConfig(cfg) // EXPECT: dynamodb client guarded by a local
		}
		if _, err := mirror.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String("orders-mirror"),
			Item: map[string]types.AttributeValue{
				"pk": &types.AttributeValueMemberS{Value: rec.Change.Keys["pk"].String()},
			},
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
