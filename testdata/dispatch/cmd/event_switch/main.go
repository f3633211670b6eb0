// One function takes every trigger as raw JSON and switches on the
// decoded event's type (in another package): what each clause's variable
// holds is the event, so inputs built from it differ on every invocation;
// the client one clause builds from the configuration main loaded does
// not.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/eventswitch"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(eventswitch.New(cfg, "events").Handle)
}
