// Negative: the handler takes a pointer to the shared renderer.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/pagerender"
)

func handler(ctx context.Context, title string) (string, error) {
	r := &pagerender.Default
	return r.Render(title)
}

func main() { lambda.Start(handler) }
