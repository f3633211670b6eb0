// Command fn is the billing Lambda function.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/hazards/library/billing"
)

func main() { lambda.Start(billing.Handle) }
