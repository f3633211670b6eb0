// Command billing is the billing Lambda function.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/realsdk/layered/billing"
)

func main() { lambda.Start(billing.Handle) } // want `billing.Handle, the handler registered here, loads the shared config files and resolves credentials \(config.LoadDefaultConfig, billing/billing.go:23\) and builds a new SQS client and connection pool \(sqs.NewFromConfig, billing/billing.go:27\) on every invocation; build it once outside the handler, in package billing \(no automatic fix: the code is in another package\)`
