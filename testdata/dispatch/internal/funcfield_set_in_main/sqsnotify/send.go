package sqsnotify

import (
	"context"
	"encoding/json"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func Send(ctx context.Context, userID, text string) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig per Send (func field App.Notify set in main)
	if err != nil {
		return err
	}
	client := sqs.NewFromConfig(cfg) // EXPECT: sqs.NewFromConfig per Send (func field App.Notify set in main)
	b, _ := json.Marshal(map[string]string{"user": userID, "text": text})
	_, err = client.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(os.Getenv("PUSH_QUEUE_URL")),
		MessageBody: aws.String(string(b)),
	})
	return err
}
