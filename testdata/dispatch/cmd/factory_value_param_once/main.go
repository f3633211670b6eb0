// Negative: the sink whose client is made when the sink is.
package main

import (
	"os"
	"strings"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/factories/pipeline"
	"example.com/cases/dispatch/internal/factories/sinks"
)

func main() {
	h := pipeline.New(strings.TrimSpace, sinks.Shared(os.Getenv("REDIS_ADDR")))
	lambda.Start(h)
}
