// The negative of pool_never_put: each client taken from a pool is put
// back when the invocation is done with it, so New runs only when the
// pool is empty, which the garbage collector decides, not each
// invocation.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var presigners = sync.Pool{
	New: func() any {
		return s3.NewPresignClient(s3.New(s3.Options{Region: "eu-west-1"}))
	},
}

func newQueue() any {
	return sqs.New(sqs.Options{Region: "eu-west-1"})
}

var queues = &sync.Pool{New: newQueue}

func handle(ctx context.Context, key string) (string, error) {
	ps := presigners.Get().(*s3.PresignClient)
	defer presigners.Put(ps)
	q := queues.Get().(*sqs.Client)
	defer queues.Put(q)
	return key, nil
}

func main() { lambda.Start(handle) }
