// Negative: tenant.Move writes the Bucket itself from the event before the
// pattern is built from it.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/handedfield/settings"
	"example.com/cases/runonce/internal/handedfield/tenant"
)

// Event names the tenant.
type Event struct{ Tenant string }

func handle(ctx context.Context, e Event) error {
	s := settings.Current()
	tenant.Move(s, e.Tenant)
	_ = regexp.MustCompile("^" + regexp.QuoteMeta(s.Bucket) + "/") // varies: Move set the Bucket from the event
	return nil
}

func main() { lambda.Start(handle) }
