// Package billing handles billing events. Its event type is its own, so // want package:"the user.s module"
// nothing in the package says Handle is a Lambda handler: the command
// that registers it does.
package billing

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Event is a billing event.
type Event struct {
	Customer string `json:"customer"`
	Cents    int64  `json:"cents"`
}

// Handle forwards the event to the ledger queue.
func Handle(ctx context.Context, ev Event) error { // want Handle:`builds config.LoadDefaultConfig \(billing/billing.go:23\), sqs.NewFromConfig \(billing/billing.go:27\)$`
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	q := sqs.NewFromConfig(cfg)
	body, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	_, err = q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("ledger"), MessageBody: aws.String(string(body))})
	return err
}
