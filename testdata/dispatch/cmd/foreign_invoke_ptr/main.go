// A pointer to another package's handler type, holding a method value of
// main's struct: its Invoke calls the method, which loads the SDK
// configuration on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/foreigninvoke"
)

type forwarder struct{ queue string }

func (f *forwarder) forward(ctx context.Context, payload []byte) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: loaded on every invocation the adapter's Invoke makes
	if err != nil {
		return err
	}
	body := string(payload)
	_, err = sqs.NewFromConfig(cfg).SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &f.queue, MessageBody: &body}) // EXPECT: and the client built from it
	return err
}

func main() {
	f := &forwarder{queue: "https://sqs.eu-west-1.amazonaws.com/123/q"}
	lambda.StartHandler(&foreigninvoke.Raw{Handle: f.forward})
}
