package jobs

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Handlers struct {
	DB       *dynamodb.Client
	Table    string
	Queue    *sqs.Client
	QueueURL string
}

func (h *Handlers) Archive(ctx context.Context, e events.CloudWatchEvent) error {
	_, err := h.DB.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(h.Table),
		Item: map[string]types.AttributeValue{
			"id":     &types.AttributeValueMemberS{Value: e.ID},
			"detail": &types.AttributeValueMemberS{Value: string(e.Detail)},
		},
	})
	return err
}

func (h *Handlers) Escalate(ctx context.Context, e events.CloudWatchEvent) error {
	_, err := h.Queue.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(h.QueueURL),
		MessageBody: aws.String(string(e.Detail)),
	})
	return err
}
