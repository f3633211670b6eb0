// Package ownport is a handler with a port and its one adapter in the same
// package: the interface call resolves to the adapter here, even though
// this package is not main.
package ownport

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type store interface {
	save(ctx context.Context, id string) error
}

type dynamoStore struct{ table string }

func (d dynamoStore) save(ctx context.Context, id string) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: the port's one adapter, in the handler's own package, loads the configuration per call
	if err != nil {
		return err
	}
	_, err = dynamodb.NewFromConfig(cfg).DeleteItem(ctx, &dynamodb.DeleteItemInput{TableName: aws.String(d.table), Key: nil}) // EXPECT: and builds a client from it
	return err
}

// Handler deletes what the queue names.
type Handler struct{ st store }

// New wires the adapter.
func New(table string) *Handler { return &Handler{st: dynamoStore{table: table}} }

// Handle deletes each message's item.
func (h *Handler) Handle(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		if err := h.st.save(ctx, m.MessageId); err != nil {
			return err
		}
	}
	return nil
}
