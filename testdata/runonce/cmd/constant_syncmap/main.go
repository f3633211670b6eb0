// Negative: the same sync.Map, looked up by a constant key.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var scoped sync.Map

func queue(ctx context.Context) *s3.Client {
	lc, _ := lambdacontext.FromContext(ctx)
	id := "queue"
	_ = lc
	if v, ok := scoped.Load(id); ok {
		return v.(*s3.Client)
	}
	c := s3.New(s3.Options{Region: "eu-west-1"})
	scoped.Store(id, c)
	return c
}

func handler(ctx context.Context) error {
	_ = queue(ctx)
	return nil
}

func main() { lambda.Start(handler) }
