// Package billing is a library: a Lambda function registers its handler,
// and a command-line tool imports it for its Version. Its handler loads the
// SDK config on every invocation. Moved into an init, the load would run
// whenever anything imports the package, and a configuration that does not
// load (no credentials on a developer's machine) would stop the CLI before
// its main.
package billing

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Version is what the CLI prints.
const Version = "billing 1.0"

// Handle forwards billing events.
func Handle(ctx context.Context, ev events.SQSEvent) error {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	q := sqs.NewFromConfig(cfg)
	_ = q
	return nil
}
