// Package wrapper wraps handlers: a timing middleware of this package and
// an instrumentation wrapper of another.
package main

import (
	"context"
	"log"
	"time"

	"example.com/otel"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

type handlerFunc func(ctx context.Context, id string) (string, error)

func withTiming(next handlerFunc) handlerFunc {
	c := dynamodb.New(dynamodb.Options{}) // the wrapper's own body runs once, in Init
	_ = c
	return func(ctx context.Context, id string) (string, error) {
		start := time.Now()
		defer func() { log.Println(time.Since(start)) }()
		_ = dynamodb.New(dynamodb.Options{}) // want `dynamodb.New builds .* invocation of the handler returned by withTiming`
		return next(ctx, id)
	}
}

func get(ctx context.Context, id string) (string, error) {
	c := dynamodb.New(dynamodb.Options{}) // want `dynamodb.New builds .* invocation of the handler returned by withTiming`
	_ = c
	return id, nil
}

func put(ctx context.Context, id string) (string, error) {
	c := dynamodb.New(dynamodb.Options{}) // want `dynamodb.New builds .* invocation of put`
	_ = c
	return id, nil
}

func main() {
	lambda.Start(withTiming(get))
	lambda.Start(otel.InstrumentHandler(put))
}
