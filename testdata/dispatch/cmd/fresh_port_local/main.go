// The handler makes its notifier on every invocation and uses it through
// the port: the client the notifier makes on first use, from the
// configuration main loaded, is made again each time.
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
	url := os.Getenv("DOCUMENT_QUEUE_URL")
	lambda.Start(func(ctx context.Context, ev events.S3Event) error {
		var n port.Notifier = notify.NewQueue(cfg, url)
		for _, r := range ev.Records {
			if err := n.Notify(ctx, r.S3.Object.Key); err != nil {
				return err
			}
		}
		return nil
	})
}
