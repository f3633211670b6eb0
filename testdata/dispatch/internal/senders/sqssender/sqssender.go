// Package sqssender sends notifications through SQS.
package sqssender

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/senders/registry"
)

type sender struct{ c *sqs.Client }

// New builds the sender and its client.
func New(cfg aws.Config) registry.Sender {
	return &sender{c: sqs.NewFromConfig(cfg)} // EXPECT: the factory, looked up and called on every invocation, builds a client
}

func (s *sender) Send(ctx context.Context, to, msg string) error {
	_, err := s.c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(to), MessageBody: aws.String(msg)})
	return err
}
