// Negative: the adapter makes its OnceValues in its own body (the builder
// runs once, where main calls it), and the handler that builds per call
// is chosen only under a false constant.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/regforms/adapt"
	"example.com/cases/dispatch/internal/regforms/jobs"
)

const auditing = false

func main() {
	var h func(context.Context, jobs.Job) error = adapt.Once(jobs.Build)
	if auditing {
		h = jobs.Audit
	}
	lambda.Start(h)
}
