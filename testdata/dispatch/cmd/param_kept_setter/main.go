// A sender set through another package's setter, which keeps it in a
// package variable that its Notify calls.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/busjobs"
	"example.com/cases/dispatch/internal/busreg"
)

type event struct{ To, Body string }

func handler(ctx context.Context, e event) error {
	return busreg.Notify(ctx, e.To, e.Body)
}

func main() {
	busreg.SetSender(busjobs.Send)
	lambda.Start(handler)
}
