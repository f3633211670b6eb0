package sqsnotify

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// NewSender binds an already-built client; it is called once from main.
func NewSender(client *sqs.Client, queueURL string) func(context.Context, string, string) error {
	return func(ctx context.Context, userID, text string) error {
		b, _ := json.Marshal(map[string]string{"user": userID, "text": text})
		_, err := client.SendMessage(ctx, &sqs.SendMessageInput{
			QueueUrl:    aws.String(queueURL),
			MessageBody: aws.String(string(b)),
		})
		return err
	}
}
