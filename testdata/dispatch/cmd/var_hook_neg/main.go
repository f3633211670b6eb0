// Negative: the same hook, given a configuration for the event's region.
package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/varhook/awsclient"
)

// Event names the region to use.
type Event struct{ Region string }

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(func(ctx context.Context, e Event) error {
		_ = awsclient.InRegion(cfg, e.Region)
		return nil
	})
}
