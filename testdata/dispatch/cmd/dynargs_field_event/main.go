// Negative: the same call, with the event's region.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/dynargs/store"
)

type handler struct {
	open func(context.Context, string) (*dynamodb.Client, error)
}

type event struct{ Region string }

func (h *handler) handle(ctx context.Context, e event) error {
	c, err := h.open(ctx, e.Region)
	if err != nil {
		return err
	}
	_ = c
	return nil
}

func main() {
	h := &handler{open: store.OpenFor}
	lambda.Start(h.handle)
}
