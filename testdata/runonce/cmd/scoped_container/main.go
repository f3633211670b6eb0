// A locator made on every invocation, given to a service made there too:
// the service reaches its lazily built client and pattern through a
// field (s.deps.HTTP()), and everything it holds is new, so the getters'
// nil checks always find nil. Reported at the call.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/locator"
	"example.com/cases/runonce/internal/locatorsvc"
)

func handle(ctx context.Context, ev events.S3Event) error {
	svc := locatorsvc.New(locator.New(), os.Getenv("CALLBACK_URL"))
	for _, r := range ev.Records {
		if err := svc.Notify(ctx, r.S3.Object.Key); err != nil { // EXPECT: the client and the pattern of a locator made per invocation
			return err
		}
	}
	return nil
}

func main() { lambda.Start(handle) }
