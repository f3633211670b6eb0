// Package eventswitch takes every trigger as raw JSON and switches on the
// decoded event's type.
package eventswitch

import (
	"context"
	"encoding/json"
	"errors"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Router dispatches each trigger.
type Router struct {
	cfg   aws.Config
	db    *dynamodb.Client
	table string
}

func decode(raw json.RawMessage) (any, error) {
	var probe struct {
		Records []struct {
			EventSource string `json:"eventSource"`
		} `json:"Records"`
	}
	if err := json.Unmarshal(raw, &probe); err != nil || len(probe.Records) == 0 {
		return nil, errors.New("unknown event")
	}
	if probe.Records[0].EventSource == "aws:s3" {
		var e events.S3Event
		return e, json.Unmarshal(raw, &e)
	}
	var e events.SQSEvent
	return e, json.Unmarshal(raw, &e)
}

// Handle is the entry point.
func (r *Router) Handle(ctx context.Context, raw json.RawMessage) error {
	evt, err := decode(raw)
	if err != nil {
		return err
	}
	switch e := evt.(type) {
	case events.SQSEvent:
		return r.onSQS(ctx, e)
	case *events.S3Event, events.S3Event:
		return r.onS3(ctx, e)
	}
	return nil
}

func (r *Router) onSQS(ctx context.Context, e events.SQSEvent) error {
	for _, m := range e.Records {
		_, err := r.db.PutItem(ctx, &dynamodb.PutItemInput{
			TableName: aws.String(r.table),
			Item:      map[string]types.AttributeValue{"pk": &types.AttributeValueMemberS{Value: m.MessageId}},
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func (r *Router) onS3(ctx context.Context, e any) error {
	c := s3.NewFromConfig(r.cfg) // EXPECT: the clause's client is built from the configuration main loaded
	_, err := c.ListBuckets(ctx, &s3.ListBucketsInput{})
	log.Printf("%T", e)
	return err
}

// New returns a router over cfg.
func New(cfg aws.Config, table string) *Router {
	return &Router{cfg: cfg, db: dynamodb.NewFromConfig(cfg), table: table}
}
