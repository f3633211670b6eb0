// Inputs filled by the module's helpers: an empty literal handed to a
// helper of another package that sets its fields from what main read,
// a literal handed to a helper of this package that gives it back, and a
// method of a settings struct doing the same. Every field is the same on
// every invocation. A constant input handed to an operation through a
// port of the module moves, with a fix.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sfn"
	"github.com/aws/aws-sdk-go-v2/service/sns"

	"example.com/cases/runonce/internal/fillers"
)

var (
	machines *sfn.Client
	topics   *sns.Client
	arn      = os.Getenv("STATE_MACHINE_ARN")
	topicArn = os.Getenv("TOPIC_ARN")
	settings = publishing{subject: "heartbeat"}
)

type publishing struct{ subject string }

// notifier is the port the handler publishes through; main gives it the
// SNS client.
type notifier interface {
	Publish(ctx context.Context, in *sns.PublishInput, optFns ...func(*sns.Options)) (*sns.PublishOutput, error)
}

var port notifier

// stamp sets the subject the settings name.
func (p publishing) stamp(in *sns.PublishInput) *sns.PublishInput {
	in.Subject = aws.String(p.subject)
	return in
}

// withTopic sets where the message goes and gives the input back.
func withTopic(in *sns.PublishInput, topic string) *sns.PublishInput {
	in.TopicArn = aws.String(topic)
	return in
}

func handle(ctx context.Context) error {
	start := &sfn.StartExecutionInput{} // EXPECT: filled by another package's helper from what main read
	fillers.Target(start, arn)
	if _, err := machines.StartExecution(ctx, start); err != nil {
		return err
	}
	if _, err := topics.Publish(ctx, withTopic(&sns.PublishInput{Message: aws.String("alive")}, topicArn)); err != nil { // EXPECT: a helper of this package gives it back filled
		return err
	}
	if _, err := topics.Publish(ctx, settings.stamp(withTopic(&sns.PublishInput{}, topicArn))); err != nil { // EXPECT: two helpers, one a method of settings main never changes
		return err
	}
	// Through the port: an operation, so the input moves (a fix).
	_, err := port.Publish(ctx, &sns.PublishInput{TopicArn: aws.String(topicArn), Message: aws.String("done")}) // EXPECT: a constant input handed to the port's operation
	return err
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	machines = sfn.NewFromConfig(cfg)
	topics = sns.NewFromConfig(cfg)
	port = topics
	lambda.Start(handle)
}
