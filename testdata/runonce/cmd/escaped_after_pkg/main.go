// Another package's Load builds its table client and describes the table
// from the configuration it loads, and keeps the configuration's address
// only afterwards (Current.AWS = &cfg): what the client was built from is
// the configuration as loaded, the same on every invocation. Reported at
// the call, with each piece of work.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/appconfig"
)

func handler(ctx context.Context, ev events.SQSEvent) error {
	if err := appconfig.Load(ctx); err != nil { // EXPECT: appconfig.Load loads the config, builds a DynamoDB client and a constant input on every invocation
		return err
	}
	for range ev.Records {
		_ = appconfig.Current.Table
	}
	return nil
}

func main() { lambda.Start(handler) }
