// Package helpers builds clients in functions the handler calls, directly,
// in a goroutine, through a method, through mutual recursion, and three
// calls deep.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type store struct{}

func (store) client(ctx context.Context) *s3.Client {
	cfg, _ := config.LoadDefaultConfig(ctx) // want `config.LoadDefaultConfig loads .* invocation of handler \(via loadUser → store.client\)`
	return s3.NewFromConfig(cfg)            // want `s3.NewFromConfig builds .* \(via loadUser → store.client\)`
}

func loadUser(ctx context.Context) {
	var s store
	_ = s.client(ctx)
}

func notify(ctx context.Context, n int) {
	_ = sqs.New(sqs.Options{}) // want `sqs.New builds .* \(via ping → notify\)`
	if n > 0 {
		ping(ctx, n-1)
	}
}

func ping(ctx context.Context, n int) { notify(ctx, n) }

// deep is three calls below the handler: the message names the first and
// the last of them, and the depth.
func deep(ctx context.Context)   { deeper(ctx) }
func deeper(ctx context.Context) { deepest(ctx) }
func deepest(ctx context.Context) {
	_ = sqs.New(sqs.Options{Region: "eu-west-3"}) // want `sqs.New builds .* invocation of handler \(via deep → … → deepest, 3 calls deep\)`
}

func never() {
	_ = sqs.New(sqs.Options{}) // never called from a handler
}

func handler(ctx context.Context) error {
	loadUser(ctx)
	deep(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ping(ctx, 3)
	}()
	wg.Wait()
	return nil
}

func main() {
	lambda.Start(handler)
}
