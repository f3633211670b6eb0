package mailer

import (
	"context"
	"encoding/json"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Mailer struct {
	cfg      aws.Config
	queue    *sqs.Client
	queueURL string
	dryRun   bool
}

type Option func(*Mailer)

func WithQueue(url string) Option {
	return func(m *Mailer) {
		m.queueURL = url
		m.queue = sqs.NewFromConfig(m.cfg)
	}
}

func WithDryRun(v bool) Option { return func(m *Mailer) { m.dryRun = v } }

// New is called once from main.
func New(ctx context.Context, opts ...Option) (*Mailer, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	m := &Mailer{cfg: cfg}
	for _, o := range opts {
		o(m)
	}
	return m, nil
}

func (m *Mailer) Handle(ctx context.Context, ev events.SNSEvent) error {
	for _, rec := range ev.Records {
		b, _ := json.Marshal(map[string]string{"subject": rec.SNS.Subject, "body": rec.SNS.Message})
		if m.dryRun {
			log.Printf("dry-run: %s", b)
			continue
		}
		if _, err := m.queue.SendMessage(ctx, &sqs.SendMessageInput{
			QueueUrl: aws.String(m.queueURL), MessageBody: aws.String(string(b)),
		}); err != nil {
			return err
		}
	}
	return nil
}
