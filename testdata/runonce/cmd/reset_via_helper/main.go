// The handler of another package calls a helper after every run that
// drops a third package's cached client: the client is built on every
// invocation.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/resetjobs"
)

func main() { lambda.Start(resetjobs.Handle) }
