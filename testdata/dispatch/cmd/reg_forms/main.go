// Positive: handlers registered in ways a name does not show. The
// environment picks (a package variable holding lambda.Start, swapped by
// tests) between a handler a generic adapter builds lazily inside its
// closure (so on every invocation) and a starter of the module that
// registers its argument's Dispatch method.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/regforms/adapt"
	"example.com/cases/dispatch/internal/regforms/jobs"
	"example.com/cases/dispatch/internal/regforms/platform"
	"example.com/cases/dispatch/internal/regforms/table"
)

var start = lambda.Start

func main() {
	if os.Getenv("MODE") == "table" {
		platform.Run(table.New())
		return
	}
	start(adapt.PerCall(jobs.Build))
}
