// main registers the handler another package's factory returns; it calls
// a registered sender factory with the configuration it captured.
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
	lambda.Start(notifyhandler.New(cfg))
}
