// Command invoices is the invoices Lambda function: main registers the
// handler of package api.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/lambdafns/layered/api"
)

func main() { lambda.Start(api.Handle) }
