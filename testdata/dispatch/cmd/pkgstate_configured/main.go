// main configures the archive package once, before Start: the client it
// builds on every invocation is the same each time.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/pkgstate/archive"
)

func handle(ctx context.Context) error { return archive.ListConfigured(ctx) }

func main() {
	archive.Configure(os.Getenv("ARCHIVE_REGION"))
	lambda.Start(handle)
}
