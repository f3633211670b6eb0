// Calls through function values (a package variable main may reassign, a
// struct field main sets, a map of constructors picked by the event)
// whose targets are functions of this package that build clients from
// their parameters: given the same arguments on every invocation, each
// target's work is reported at the call, naming the target.
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
	Kind string
	Body string
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
	return &dynamoStore{db: dynamodb.New(dynamodb.Options{Region: region})} // EXPECT: openStore is openDynamo unless LOCAL is set
}

func openMemory(string) store { return &memoryStore{} }

var openStore = openDynamo

func newQueue(region string) *sqs.Client {
	return sqs.New(sqs.Options{Region: region}) // EXPECT: h.queue is newQueue, given a constant region
}

func newS3(cfg aws.Config) func(ctx context.Context, msg string) error {
	client := s3.NewFromConfig(cfg) // EXPECT: builders["s3"] runs newS3 on every invocation
	return func(ctx context.Context, msg string) error {
		_, err := client.DeleteObject(ctx, &s3.DeleteObjectInput{Key: aws.String(msg), Bucket: aws.String(os.Getenv("BUCKET"))})
		return err
	}
}

func newSQS(cfg aws.Config) func(ctx context.Context, msg string) error {
	client := sqs.NewFromConfig(cfg) // EXPECT: builders["sqs"] runs newSQS on every invocation
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
	if err := openStore("eu-west-1").put(ctx, ev.Body); err != nil {
		return err
	}
	_ = h.queue("eu-west-1")
	if b, ok := builders[ev.Kind]; ok {
		return b(h.cfg)(ctx, ev.Body)
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
