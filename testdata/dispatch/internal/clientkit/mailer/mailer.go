// Package mailer queues outgoing mail; its handler gets its client from
// the kit's generic builder on every call.
package mailer

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/clientkit/kit"
)

// Mailer holds the configuration main loaded.
type Mailer struct {
	Cfg   aws.Config
	Queue string
}

// Handle forwards each record to the mail queue.
func (m *Mailer) Handle(ctx context.Context, ev events.SQSEvent) error {
	q := kit.Build(m.Cfg, func(c aws.Config) *sqs.Client { return sqs.NewFromConfig(c) }) // EXPECT: the literal builds a client on every invocation, from the configuration main loaded
	for _, r := range ev.Records {
		if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(m.Queue), MessageBody: aws.String(r.Body)}); err != nil {
			return err
		}
	}
	return nil
}
