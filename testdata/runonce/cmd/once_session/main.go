// Positive: the handler makes a Session per invocation; its Config getter
// fills it once (a sync.Once field) and answers the same configuration,
// so the client built from it is the same on every invocation.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/oncesession/report"
)

func main() { lambda.Start(report.Run) }
