package audit

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type WriteFunc func(ctx context.Context, rec events.DynamoDBEventRecord) error

// NewWriter is called once from main; the returned closure reuses db.
func NewWriter(ctx context.Context, table string) (WriteFunc, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	db := dynamodb.NewFromConfig(cfg)
	return func(ctx context.Context, rec events.DynamoDBEventRecord) error {
		_, err := db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String(table),
			Item: map[string]types.AttributeValue{
				"eventId": &types.AttributeValueMemberS{Value: rec.EventID},
				"op":      &types.AttributeValueMemberS{Value: rec.EventName},
			},
		})
		return err
	}, nil
}
