// A subscriber handed to another package's bus, which keeps the value of
// its parameter in a map of slices and calls it when a message comes.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/busjobscached"
	"example.com/cases/dispatch/internal/busreg"
)

type event struct{ Topic, Body string }

func main() {
	b := busreg.NewBus()
	b.Subscribe("orders", busjobscached.Forward)
	lambda.Start(func(ctx context.Context, e event) error {
		return b.Publish(ctx, e.Topic, e.Body)
	})
}
