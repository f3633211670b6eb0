// main registers a handler of another package that sets the variable its
// input then reads: the input varies; the client of constants does not.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/envjobs3"
)

func main() { lambda.Start(envjobs3.HandleTenant) }
