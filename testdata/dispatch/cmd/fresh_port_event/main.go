// The handler makes a notifier per invocation for the region the event
// names: the client it makes lazily is for that region, so it is not the
// same on every invocation, and nothing is reported.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/freshport/notify"
	"example.com/cases/dispatch/internal/freshport/port"
)

func newNotifier(cfg aws.Config, region string) port.Notifier {
	return notify.NewRegional(cfg, region, os.Getenv("DOCUMENT_QUEUE_URL"))
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	lambda.Start(func(ctx context.Context, ev events.S3Event) error {
		for _, r := range ev.Records {
			if err := newNotifier(cfg, r.AWSRegion).Notify(ctx, r.S3.Object.Key); err != nil {
				return err
			}
		}
		return nil
	})
}
