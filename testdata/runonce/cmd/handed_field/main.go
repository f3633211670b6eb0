// Positive: the handler hands the shared settings to another package's
// function that writes only their Prefix (tenant.Scope): the pattern
// built from their Bucket is the same on every invocation.
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
	tenant.Scope(s, e.Tenant)
	_ = regexp.MustCompile("^" + regexp.QuoteMeta(s.Bucket) + "/") // EXPECT: Bucket is a field tenant.Scope does not write
	return nil
}

func main() { lambda.Start(handle) }
