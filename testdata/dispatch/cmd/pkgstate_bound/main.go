// Negative: the handler binds the job to another package's state before
// a third package builds its client from that state.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/pkgstate/archive"
	"example.com/cases/dispatch/internal/pkgstate/jobstate"
)

func handle(ctx context.Context, job jobstate.Job) error {
	jobstate.Bind(job)
	return archive.ListCurrent(ctx)
}

func main() { lambda.Start(handle) }
