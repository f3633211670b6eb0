// Negative: the same switch over handlers that do their work once (a
// package-level client, a factory whose body builds everything), written
// with if/else and a typed local; audit.Handle, which builds a client per
// call, is imported but never picked.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/modepick/audit"
	"example.com/cases/dispatch/internal/modepick/ingest"
	"example.com/cases/dispatch/internal/modepick/report"
)

var _ = audit.Entry{}

func main() {
	var h interface{}
	if os.Getenv("MODE") == "ingest" {
		h = ingest.HandleShared
	} else {
		h = report.NewOnce(os.Getenv("TITLE"))
	}
	_ = context.Background()
	lambda.Start(h)
}
