// Positive: another package's setter names the variable it sets by its
// parameter (envx.Override("LOG_LEVEL", …)), and the pattern is read
// through a getter of a fixed name (PARAM_NAME): the handler's override
// does not change it.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/envparam/check"
)

func main() { lambda.Start(check.Handle) }
