// Package generic registers generic handlers: StartHandlerFunc, and an
// instance of a generic function.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
)

type Order struct{ ID string }

func handleOrder(ctx context.Context, o Order) (string, error) {
	_, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* invocation of handleOrder`
	return o.ID, err
}

func handleAny[T any](ctx context.Context, v T) (T, error) {
	_, err := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* invocation of handleAny`
	return v, err
}

func main() {
	lambda.StartHandlerFunc(handleOrder)
	lambda.Start(handleAny[Order])
}
