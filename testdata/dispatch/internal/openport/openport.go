// Package openport is a handler with an open port (exported methods) and one
// adapter in its package: another package may implement the port, so the
// program (main) resolves the call.
package openport

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type Store interface {
	Save(ctx context.Context, id string) error
}

type dynamoStore struct{ table string }

func (d dynamoStore) Save(ctx context.Context, id string) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: the adapter main wires, found by the program, loads the configuration per call
	if err != nil {
		return err
	}
	_, err = dynamodb.NewFromConfig(cfg).DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(d.table), Key: nil}) // EXPECT: and builds a client from it
	return err
}

// Handler deletes what the queue names.
type Handler struct{ st Store }

// New wires the adapter.
func New(table string) *Handler { return &Handler{st: dynamoStore{table: table}} }

// Handle deletes each message's item.
func (h *Handler) Handle(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if err := h.st.Save(ctx, m.MessageId); err != nil {
			return err
		}
	}
	return nil
}
