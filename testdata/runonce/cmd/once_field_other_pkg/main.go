// Another package's loader, made on every invocation: its Once runs its
// client's construction each time.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/oncefield"
)

func handler(ctx context.Context) (int64, error) {
	return oncefield.NewLoader().Flags(ctx)
}

func main() { lambda.Start(handler) }
