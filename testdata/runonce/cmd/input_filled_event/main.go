// The same helpers handed what differs on every invocation: the event's
// body, the time, a helper that keeps the input, and one that changes a
// settings value the handler writes. Nothing is reported.
package main

import (
	"context"
	"log"
	"os"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"example.com/cases/runonce/internal/fillers"
)

type event struct {
	Body    string `json:"body"`
	Subject string `json:"subject"`
}

var (
	machines *sfn.Client
	topics   *sns.Client
	arn      = os.Getenv("STATE_MACHINE_ARN")
	topicArn = os.Getenv("TOPIC_ARN")
	settings = publishing{subject: "heartbeat"}
	sent     []*sns.PublishInput
)

type publishing struct{ subject string }

func (p publishing) stamp(in *sns.PublishInput) *sns.PublishInput {
	in.Subject = aws.String(p.subject)
	return in
}

// stamped sets the time it was sent.
func stamped(in *sns.PublishInput) *sns.PublishInput {
	in.Message = aws.String(time.Now().Format(time.RFC3339))
	return in
}

// keep sets the topic and remembers the input.
func keep(in *sns.PublishInput) *sns.PublishInput {
	in.TopicArn = aws.String(topicArn)
	sent = append(sent, in)
	return in
}

func handle(ctx context.Context, e event) error {
	start := &sfn.StartExecutionInput{}
	fillers.Target(start, arn)
	fillers.WithInput(start, e.Body)
	if _, err := machines.StartExecution(ctx, start); err != nil {
		return err
	}
	if _, err := topics.Publish(ctx, stamped(&sns.PublishInput{TopicArn: aws.String(topicArn)})); err != nil {
		return err
	}
	if _, err := topics.Publish(ctx, keep(&sns.PublishInput{Message: aws.String("alive")})); err != nil {
		return err
	}
	settings.subject = e.Subject
	_, err := topics.Publish(ctx, settings.stamp(&sns.PublishInput{TopicArn: aws.String(topicArn), Message: aws.String("x")}))
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	machines = sfn.NewFromConfig(cfg)
	topics = sns.NewFromConfig(cfg)
	lambda.Start(handle)
}
