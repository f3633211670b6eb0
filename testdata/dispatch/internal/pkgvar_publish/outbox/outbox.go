// Package outbox publishes domain events. publish is a package variable so
// tests can swap it out.
package outbox

import (
	"context"
	"encoding/json"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type Event struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

var publish = publishSQS

func Publish(ctx context.Context, e Event) error {
	b, err := json.Marshal(e)
	if err != nil {
		return err
	}
	return publish(ctx, string(b))
}

func publishSQS(ctx context.Context, body string) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig per publish (package func var outbox.publish)
	if err != nil {
		return err
	}
	client := sqs.NewFromConfig(cfg) // EXPECT: sqs.NewFromConfig per publish (package func var outbox.publish)
	_, err = client.SendMessage(ctx, &sqs.SendMessageInput{
		QueueUrl:    aws.String(os.Getenv("OUTBOX_QUEUE_URL")),
		MessageBody: aws.String(body),
	})
	return err
}
