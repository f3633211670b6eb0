// main registers the built-in senders; the experimental ones are
// registered by a function nothing calls. The handler looks a factory up
// and calls it on every invocation: the SQS sender's client is reported,
// the webhook sender's is not, since it is never registered.
package main

import (
	"context"
	"fmt"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/senders/hooksender"
	"example.com/cases/dispatch/internal/senders/registry"
	"example.com/cases/dispatch/internal/senders/sqssender"
)

type note struct {
	Channel string `json:"channel"`
	To      string `json:"to"`
	Text    string `json:"text"`
}

func registerBuiltins() { registry.Register("sqs", sqssender.New) }

func registerExperimental() { registry.Register("hook", hooksender.New) }

func newHandler(cfg aws.Config) func(context.Context, note) error {
	return func(ctx context.Context, n note) error {
		f, ok := registry.Lookup(n.Channel)
		if !ok {
			return fmt.Errorf("no channel %q", n.Channel)
		}
		return f(cfg).Send(ctx, n.To, n.Text)
	}
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	registerBuiltins()
	lambda.Start(newHandler(cfg))
}
