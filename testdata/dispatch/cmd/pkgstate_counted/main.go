// The handler counts the job in another package's counter, then lists the
// archive with the client built from what main configured: the counter is
// not what the client reads, so the client is the same each time.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/pkgstate/archive"
	"example.com/cases/dispatch/internal/pkgstate/jobstate"
)

func handle(ctx context.Context) error {
	jobstate.Count()
	return archive.ListConfigured(ctx)
}

func main() {
	archive.Configure(os.Getenv("ARCHIVE_REGION"))
	lambda.Start(handle)
}
