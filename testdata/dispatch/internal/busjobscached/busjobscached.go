// Package busjobscached holds the same functions, with what they need
// built once.
package busjobscached

import (
	"context"
	"os"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	queue = sqs.New(sqs.Options{Region: os.Getenv("AWS_REGION")})
	email = regexp.MustCompile(`^[^@]+@[^@]+$`)
	slug  = regexp.MustCompile(`[^a-z0-9]+`)
)

// Forward queues msg.
func Forward(ctx context.Context, msg string) error {
	_, err := queue.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(os.Getenv("QUEUE_URL")), MessageBody: aws.String(msg)})
	return err
}

// Send checks the address and queues the message.
func Send(ctx context.Context, to, body string) error {
	if !email.MatchString(to) {
		return nil
	}
	return Forward(ctx, to+": "+body)
}

// Slug makes a slug of arg.
func Slug(ctx context.Context, arg string) (string, error) {
	return slug.ReplaceAllString(arg, "-"), nil
}
