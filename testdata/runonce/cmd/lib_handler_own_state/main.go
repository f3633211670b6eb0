// The handler of another package writes a variable of its own from the
// event, and builds a client from a third package's configuration, which
// that write does not change.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/envjobs2"
)

func main() { lambda.Start(envjobs2.Handle) }
