// The same, with the handler that points the configuration at the note's
// region before it calls the factory: a client per region.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/notifyhandler"
	"example.com/cases/dispatch/internal/senders/registry"
	"example.com/cases/dispatch/internal/senders/sqssender"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	registry.Register("sqs", sqssender.New)
	lambda.Start(notifyhandler.NewRegional(cfg))
}
