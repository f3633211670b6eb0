// Negative: the handler configures the usage table from the event
// before it reads it: the input varies.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"

	"example.com/cases/dispatch/internal/stategetter/tenancy"
	"example.com/cases/dispatch/internal/stategetter/usage"
)

// Event carries the tenant's temporary credentials and its table.
type Event struct{ Key, Secret, Token, Table string }

func handle(ctx context.Context, e Event) (string, error) {
	tenancy.Configure(e.Table)
	cfg := aws.Config{Credentials: credentials.NewStaticCredentialsProvider(e.Key, e.Secret, e.Token)}
	return usage.Status(ctx, cfg)
}

func main() { lambda.Start(handle) }
