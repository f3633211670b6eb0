// Config comes from the module's own helper package; client built per call.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/cases/runonce/internal/awscfg"
)

func handler(ctx context.Context, evt events.SQSEvent) error {
	cfg, err := awscfg.Load(ctx) // EXPECT: config loading through the module helper
	if err != nil {
		return err
	}
	db := dynamodb.NewFromConfig(cfg) // EXPECT: dynamodb client from helper-provided config

	for _, msg := range evt.Records {
		if _, err := db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String("invoices"),
			Item:      map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: msg.MessageId}},
		}); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	lambda.Start(handler)
}
