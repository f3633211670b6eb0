// Negative: the handler of another package sets the region from the event
// before it loads the configuration.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/envjobs"
)

func main() { lambda.Start(envjobs.Handle) }
