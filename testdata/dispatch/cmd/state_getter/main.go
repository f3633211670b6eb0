// Positive: another package's getters answer package variables that
// only main sets (tenancy.Configure before lambda.Start, tenancy.Region
// assigned): an input built from them is the same on every invocation.
// (The client is built from the tenant's configuration: not reported.)
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"example.com/cases/dispatch/internal/stategetter/tenancy"
	"example.com/cases/dispatch/internal/stategetter/usage"
)

// Event carries the tenant's temporary credentials.
type Event struct{ Key, Secret, Token string }

func handle(ctx context.Context, e Event) (string, error) {
	cfg := aws.Config{Credentials: credentials.NewStaticCredentialsProvider(e.Key, e.Secret, e.Token)}
	return usage.Status(ctx, cfg)
}

func main() {
	tenancy.Configure(os.Getenv("USAGE_TABLE"))
	tenancy.Region = os.Getenv("TENANT_REGION")
	lambda.Start(handle)
}
