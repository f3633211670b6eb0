// The same middleware, but the handler makes the sync.OnceValues itself,
// a new one on every invocation: the configuration is loaded each time.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

type handlerFunc[In, Out any] func(context.Context, In) (Out, error)

func withRegion[In, Out any](cfg func() (aws.Config, error), next handlerFunc[In, Out]) handlerFunc[In, Out] {
	return func(ctx context.Context, in In) (Out, error) {
		c, err := cfg()
		if err != nil {
			var zero Out
			return zero, err
		}
		return next(context.WithValue(ctx, regionKey{}, c.Region), in)
	}
}

type regionKey struct{}

func echo(ctx context.Context, in string) (string, error) {
	r, _ := ctx.Value(regionKey{}).(string)
	return r + ":" + in, nil
}

func handle(ctx context.Context, in string) (string, error) {
	load := sync.OnceValues(func() (aws.Config, error) {
		return config.LoadDefaultConfig(ctx) // EXPECT: a new Once on every invocation
	})
	return withRegion(load, echo)(ctx, in)
}

func main() {
	lambda.Start(handle)
}
