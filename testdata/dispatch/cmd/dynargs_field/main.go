// A function field set in main, called with a field main set: the work the
// target builds from its parameter is the same on every invocation.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/dynargs/store"
)

type handler struct {
	region string
	open   func(context.Context, string) (*dynamodb.Client, error)
}

type event struct{ Region string }

func (h *handler) handle(ctx context.Context, e event) error {
	c, err := h.open(ctx, h.region)
	if err != nil {
		return err
	}
	_ = c
	return nil
}

func main() {
	h := &handler{region: os.Getenv("TABLE_REGION"), open: store.Open}
	lambda.Start(h.handle)
}
