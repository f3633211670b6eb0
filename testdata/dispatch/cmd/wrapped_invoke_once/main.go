// Negative: a plain handler, with no decorator in the program; the
// tracing package's Invoke, which the other program wires in, never
// runs here.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

func handle(ctx context.Context, in map[string]string) (string, error) { return in["id"], nil }

func main() {
	var h lambda.Handler = lambda.NewHandler(handle)
	lambda.StartHandler(h)
}
