// Negative: the handler renders with the shared renderer itself.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/pagerender"
)

func handler(ctx context.Context, title string) (string, error) {
	return pagerender.Default.Render(title)
}

func main() { lambda.Start(handler) }
