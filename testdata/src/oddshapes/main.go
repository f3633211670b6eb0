// Package oddshapes registers handlers of odd shapes: no analysis panic,
// no silent wrong output.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type T struct{}

func (T) Handle(ctx context.Context) error {
	_ = s3.New(s3.Options{}) // want `s3.New builds .* invocation of T.Handle`
	return nil
}

// badSignature has a signature lambda.Start rejects at run time; what it
// does per invocation is still reported.
func badSignature(a, b, c int) {
	_ = s3.New(s3.Options{}) // want `s3.New builds .* invocation of badSignature`
}

var table = map[string]func(context.Context) error{
	"a": func(ctx context.Context) error {
		_ = s3.New(s3.Options{}) // want `s3.New builds .* invocation of the handler passed to lambda.Start`
		return nil
	},
}

var recursive func(context.Context) error

func init() {
	recursive = func(ctx context.Context) error { return recursive(ctx) }
}

type G[X any] struct{ v X }

func (g G[X]) Invoke(ctx context.Context, payload []byte) ([]byte, error) {
	_ = s3.New(s3.Options{}) // want `s3.New builds .* invocation of G.Invoke`
	return payload, nil
}

func main() {
	lambda.Start(42)
	lambda.Start(nil)
	lambda.StartHandler(nil)
	lambda.Start(T.Handle)
	lambda.Start(badSignature)
	lambda.Start(table["a"])
	lambda.Start(recursive)
	lambda.StartHandler(G[int]{})
}
