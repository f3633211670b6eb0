// The handler makes a cheap notifier per invocation, but the client it
// uses is kept on the pool main made and every notifier refers to: made
// once, so nothing is reported.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"

	"example.com/cases/dispatch/internal/freshport/notify"
	"example.com/cases/dispatch/internal/freshport/port"
)

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	pool := notify.NewPool(cfg)
	lambda.Start(func(ctx context.Context, ev events.S3Event) error {
		var n port.Notifier = notify.NewPooled(pool, os.Getenv("DOCUMENT_QUEUE_URL"))
		for _, r := range ev.Records {
			if err := n.Notify(ctx, r.S3.Object.Key); err != nil {
				return err
			}
		}
		return nil
	})
}
