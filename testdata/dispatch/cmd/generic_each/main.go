// A function of another package handed to a generic fan-out, which calls
// it for every item of the event.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/genjobs"
	"example.com/cases/dispatch/internal/genroutes"
)

type batch struct {
	IDs []string `json:"ids"`
}

func main() {
	lambda.Start(func(ctx context.Context, b batch) error {
		return genroutes.Each(ctx, b.IDs, genjobs.Archive)
	})
}
