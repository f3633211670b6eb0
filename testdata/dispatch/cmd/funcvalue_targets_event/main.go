// The negative of funcvalue_targets: each call through a function value
// gives the target the event's region, or a configuration made from it,
// so what the targets build differs from one invocation to the next.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type event struct {
	Kind   string
	Body   string
	Region string
}

type store interface {
	put(ctx context.Context, body string) error
}

type dynamoStore struct{ db *dynamodb.Client }

func (d *dynamoStore) put(ctx context.Context, body string) error { return nil }

type memoryStore struct{ items []string }

func (m *memoryStore) put(ctx context.Context, body string) error {
	m.items = append(m.items, body)
	return nil
}

func openDynamo(region string) store {
	return &dynamoStore{db: dynamodb.New(dynamodb.Options{Region: region})} // the event's region
}

func openMemory(string) store { return &memoryStore{} }

var openStore = openDynamo

func newQueue(region string) *sqs.Client {
	return sqs.New(sqs.Options{Region: region}) // the event's region
}

func newS3(cfg aws.Config) func(ctx context.Context, msg string) error {
	client := s3.NewFromConfig(cfg) // a configuration for the event's region
	return func(ctx context.Context, msg string) error {
		_, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{Key: aws.String(msg), Bucket: aws.String(os.Getenv("BUCKET"))})
		return err
	}
}

func newSQS(cfg aws.Config) func(ctx context.Context, msg string) error {
	client := sqs.NewFromConfig(cfg) // a configuration for the event's region
	return func(ctx context.Context, msg string) error {
		_, err := client.SendMessage(ctx, &sqs.SendMessageInput{MessageBody: aws.String(msg), QueueUrl: aws.String(os.Getenv("QUEUE"))})
		return err
	}
}

var builders = map[string]func(cfg aws.Config) func(ctx context.Context, msg string) error{
	"s3":  newS3,
	"sqs": newSQS,
}

type handler struct {
	cfg   aws.Config
	queue func(region string) *sqs.Client
}

func (h *handler) handle(ctx context.Context, ev event) error {
	if err := openStore(ev.Region).put(ctx, ev.Body); err != nil {
		return err
	}
	_ = h.queue(ev.Region)
	if b, ok := builders[ev.Kind]; ok {
		cfg := h.cfg.Copy()
		cfg.Region = ev.Region
		return b(cfg)(ctx, ev.Body)
	}
	return nil
}

func main() {
	if os.Getenv("LOCAL") != "" {
		openStore = openMemory
	}
	h := &handler{cfg: aws.Config{Region: "eu-west-1"}, queue: newQueue}
	lambda.Start(h.handle)
}
