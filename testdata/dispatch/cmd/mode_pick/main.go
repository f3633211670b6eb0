// Positive: one binary, several handlers, the environment picks which one
// runs (a switch over a local of type any). Each handler main may
// register is judged: the job forwarder builds its client per job, and
// the report handler a factory returns compiles a pattern per report.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/modepick/ingest"
	"example.com/cases/dispatch/internal/modepick/report"
)

func main() {
	var h any
	switch os.Getenv("MODE") {
	case "ingest":
		h = ingest.Handle
	case "report":
		h = report.New(os.Getenv("TITLE"))
	default:
		h = func(context.Context) error { return nil }
	}
	lambda.Start(h)
}
