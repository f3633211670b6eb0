// Negative: the same helper runs only when the event asks for it.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/resetjobsflag"
)

func main() { lambda.Start(resetjobsflag.Handle) }
