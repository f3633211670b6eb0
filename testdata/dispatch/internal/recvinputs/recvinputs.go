// Package recvinputs builds operation inputs from what its values hold.
package recvinputs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/aws/aws-sdk-go-v2/service/sqs/types"
)

// Announcer announces on the queue it is built with.
type Announcer struct {
	client *sqs.Client
	queue  string
}

// NewAnnouncer wires the client and queue main gives it.
func NewAnnouncer(c *sqs.Client, queue string) *Announcer {
	return &Announcer{client: c, queue: queue}
}

// Ready asks for the queue's attributes before announcing.
func (a *Announcer) Ready(ctx context.Context, _ map[string]string) error {
	_, err := a.client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(a.queue)}) // EXPECT: the queue main gave the announcer: the same input on every invocation
	return err
}

// Batch collects entries and sends them.
type Batch struct {
	client  *sqs.Client
	entries []types.SendMessageBatchRequestEntry
}

// NewBatch returns an empty batch.
func NewBatch(c *sqs.Client) *Batch { return &Batch{client: c} }

// Add collects one entry.
func (b *Batch) Add(id, body string) {
	b.entries = append(b.entries, types.SendMessageBatchRequestEntry{Id: aws.String(id), MessageBody: aws.String(body)})
}

// Flush sends what was collected: the input holds what Add appended.
func (b *Batch) Flush(ctx context.Context, _ map[string]string) error {
	_, err := b.client.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: aws.String("https://sqs/q"), Entries: b.entries})
	return err
}

// Purge purges the queue it is given.
func (a *Announcer) Purge(ctx context.Context, queue string) error {
	_, err := a.client.PurgeQueue(ctx, &sqs.PurgeQueueInput{QueueUrl: aws.String(queue)}) // EXPECT: an input of what the handler passes from the environment
	return err
}

// PurgeNamed purges the queue it is given; the negative's handler passes
// the event's.
func (a *Announcer) PurgeNamed(ctx context.Context, queue string) error {
	_, err := a.client.PurgeQueue(ctx, &sqs.PurgeQueueInput{QueueUrl: aws.String(queue)})
	return err
}
