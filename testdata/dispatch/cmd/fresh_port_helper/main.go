// A helper of the handler's package picks the notifier and returns it as
// the port, made anew on every call: the signer's key cache misses on
// every invocation.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/freshport/port"
	"example.com/cases/dispatch/internal/freshport/signer"
)

type app struct{ client *sqs.Client }

func (a *app) links() port.URLSigner {
	return signer.New(a.client, os.Getenv("KEY_QUEUE_URL"))
}

func (a *app) handle(ctx context.Context, ev events.S3Event) ([]string, error) {
	var out []string
	for _, r := range ev.Records {
		u, err := a.links().Sign(ctx, r.S3.Object.Key)
		if err != nil {
			return nil, err
		}
		out = append(out, u)
	}
	return out, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	a := &app{client: sqs.NewFromConfig(cfg)}
	lambda.Start(a.handle)
}
