// Package ingest takes jobs of its own event type: nothing but main's
// registration says it is a handler.
package ingest

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Job is what the scheduler sends.
type Job struct {
	Queue string `json:"queue"`
	Body  string `json:"body"`
}

// Handle forwards the job.
func Handle(ctx context.Context, j Job) error {
	c := sqs.New(sqs.Options{Region: "eu-west-1"}) // EXPECT: one of the handlers main picks by the environment builds its client per job
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(j.Queue), MessageBody: aws.String(j.Body)})
	return err
}

// shared is built once.
var shared = sqs.New(sqs.Options{Region: "eu-west-1"})

// HandleShared forwards the job through the shared client.
func HandleShared(ctx context.Context, j Job) error {
	_, err := shared.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(j.Queue), MessageBody: aws.String(j.Body)})
	return err
}
