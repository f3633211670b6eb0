// Negative: the handler overrides PARAM_NAME itself from the event before
// it compiles the pattern the getter reads.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/envparam/check"
)

func main() { lambda.Start(check.HandleSame) }
