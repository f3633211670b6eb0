// Negative: the registry dispatches to the jobs main registers; another
// function of the job type is only assigned to the blank identifier (var
// _ = legacy, kept compiling), which never calls it: not a target.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/blankvalue/jobs"
)

// Event names the job.
type Event struct{ Job string }

func handle(ctx context.Context, e Event) error { return jobs.Run(ctx, e.Job) }

func main() {
	jobs.Register("check", jobs.Current)
	lambda.Start(handle)
}
