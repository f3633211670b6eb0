package sqs

import "context"

type SendMessageInput struct {
	QueueUrl     *string
	MessageBody  *string
	DelaySeconds int32
}

type SendMessageOutput struct{ MessageId *string }

func (c *Client) SendMessage(ctx context.Context, params *SendMessageInput, optFns ...func(*Options)) (*SendMessageOutput, error) {
	return &SendMessageOutput{}, nil
}

type ReceiveMessageInput struct {
	QueueUrl            *string
	MaxNumberOfMessages int32
}

type ReceiveMessageOutput struct{}

func (c *Client) ReceiveMessage(ctx context.Context, params *ReceiveMessageInput, optFns ...func(*Options)) (*ReceiveMessageOutput, error) {
	return &ReceiveMessageOutput{}, nil
}
