// Package busjobs holds functions that build what they need on every call.
package busjobs

import (
	"context"
	"os"
	"regexp"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Forward queues msg.
func Forward(ctx context.Context, msg string) error {
	c := sqs.New(sqs.Options{Region: os.Getenv("AWS_REGION")}) // EXPECT: a client built by a subscriber the bus keeps from a parameter
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(os.Getenv("QUEUE_URL")), MessageBody: aws.String(msg)})
	return err
}

// Send checks the address and queues the message.
func Send(ctx context.Context, to, body string) error {
	if !regexp.MustCompile(`^[^@]+@[^@]+$`).MatchString(to) { // EXPECT: a constant pattern compiled by the sender a setter keeps
		return nil
	}
	return Forward(ctx, to+": "+body)
}

// Slug makes a slug of arg.
func Slug(ctx context.Context, arg string) (string, error) {
	return regexp.MustCompile(`[^a-z0-9]+`).ReplaceAllString(arg, "-"), nil // EXPECT: a constant pattern compiled by an action a router's table keeps, handed on by a method
}
