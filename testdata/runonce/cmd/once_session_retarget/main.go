// Negative: the session's region is set from the event (Retarget, a
// method of its type that changes it), so what its getter answers, and
// the client built from it, differ between invocations.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/oncesession/report"
)

func main() { lambda.Start(report.RunRegional) }
