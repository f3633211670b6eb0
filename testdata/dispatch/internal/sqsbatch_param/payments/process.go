package payments

import (
	"context"
	"encoding/json"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

const reviewThresholdCents = 100_000

type payment struct {
	ID          string `json:"id"`
	AmountCents int64  `json:"amountCents"`
}

func Process(ctx context.Context, msg events.SQSMessage) error {
	var p payment
	if err := json.Unmarshal([]byte(msg.Body), &p); err != nil {
		return err
	}
	if p.AmountCents >= reviewThresholdCents {
		return forwardToReview(ctx, msg.Body)
	}
	return nil
}

func forwardToReview(ctx context.Context, body string) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig per record (payments.Process passed via retry.Wrap → sqsbatch.Handler)
	if err != nil {
		return err
	}
	client := sqs.NewFromConfig(cfg) // EXPECT: sqs.NewFromConfig per record (payments.Process passed via retry.Wrap → sqsbatch.Handler)
	_, err = client.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(os.Getenv("REVIEW_QUEUE_URL")),
		MessageBody: aws.String(body),
	})
	return err
}
