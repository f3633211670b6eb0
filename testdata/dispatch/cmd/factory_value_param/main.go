// A generic pipeline gets what a factory returns as its sink; main keeps
// the handler in a variable before Start.
package main

import (
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/factories/pipeline"
	"example.com/cases/dispatch/internal/factories/sinks"
)

func main() {
	h := pipeline.New(strings.TrimSpace, sinks.PerRecord(os.Getenv("REDIS_ADDR")))
	lambda.Start(h)
}
