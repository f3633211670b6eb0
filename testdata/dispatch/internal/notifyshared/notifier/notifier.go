// Package notifier is shared by two Lambda programs: cmd/notifier_cheap_only
// (log only, e.g. the staging stack) and cmd/notifier_sqs (production).
package notifier

import (
	"context"
	"log/slog"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Notifier interface {
	Notify(ctx context.Context, msg string) error
}

// LogNotifier just logs.
type LogNotifier struct{}

func (LogNotifier) Notify(ctx context.Context, msg string) error {
	slog.InfoContext(ctx, "notify", "msg", msg)
	return nil
}

// SQSNotifier forwards the message to a queue.
type SQSNotifier struct {
	QueueURL string
}

func (n *SQSNotifier) Notify(ctx context.Context, msg string) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig per Notify — only in program cmd/notifier_sqs
	if err != nil {
		return err
	}
	client := sqs.NewFromConfig(cfg) // EXPECT: sqs.NewFromConfig per Notify — only in program cmd/notifier_sqs
	_, err = client.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(n.QueueURL),
		MessageBody: aws.String(msg),
	})
	return err
}
