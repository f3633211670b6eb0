// Negative twin of nested_reset: the handler drops the client only. The
// configuration, behind its own guard inside the client's, stays loaded;
// the client is rebuilt from it on every invocation (reported), the
// configuration is not. A handler that resets nothing keeps both.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/regclients"
)

func main() {
	if os.Getenv("KEEP") != "" {
		lambda.Start(func(ctx context.Context, ev events.SQSEvent) error {
			_, err := regclients.DB(ctx)
			return err
		})
	}
	lambda.Start(func(ctx context.Context, ev events.SQSEvent) error {
		defer regclients.ResetClient()
		_, err := regclients.DB(ctx) // EXPECT: the client rebuilt from the kept configuration
		return err
	})
}
