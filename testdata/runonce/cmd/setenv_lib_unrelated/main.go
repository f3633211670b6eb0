// main registers a handler of another package that sets LOG_LEVEL from
// the event: what reads other variables stays the same.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/envjobs3"
)

func main() { lambda.Start(envjobs3.Handle) }
