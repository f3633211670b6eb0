package sqs

type SendMessageInput struct {
	QueueUrl    *string
	MessageBody *string
}

type SendMessageOutput struct{}

func (c *SQS) SendMessage(input *SendMessageInput) (*SendMessageOutput, error) {
	return &SendMessageOutput{}, nil
}
