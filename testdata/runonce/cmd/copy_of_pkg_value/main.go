// The handler copies the shared renderer, a struct held by value, and
// renders with the copy: its cache starts empty on every invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/pagerender"
)

func handler(ctx context.Context, title string) (string, error) {
	r := pagerender.Default
	return r.Render(title)
}

func main() { lambda.Start(handler) }
