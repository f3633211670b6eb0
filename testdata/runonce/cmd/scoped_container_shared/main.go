// Negative twin of scoped_container: the services are made on every
// invocation, but the locator they reach their dependencies through is
// made once (in main, or by the service package itself), so the getters
// build once.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/locator"
	"example.com/cases/runonce/internal/locatorsvc"
)

func main() {
	deps := locator.New()
	url := os.Getenv("CALLBACK_URL")
	lambda.Start(func(ctx context.Context, ev events.S3Event) error {
		svc := locatorsvc.New(deps, url)
		other := locatorsvc.Default(url)
		for _, r := range ev.Records {
			if err := svc.Notify(ctx, r.S3.Object.Key); err != nil {
				return err
			}
			if err := other.Notify(ctx, r.S3.Object.Key); err != nil {
				return err
			}
		}
		return nil
	})
}
