// A sync.Pool nothing is ever put back into: every Get finds it empty and
// calls New, so what New builds is built on every invocation that takes
// from the pool. A New literal, a New function, and a pool held by
// address.
package main

import (
	"bytes"
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var presigners = sync.Pool{
	New: func() any {
		return s3.NewPresignClient(s3.New(s3.Options{Region: "eu-west-1"})) // EXPECT: nothing is put back, so New runs on every Get
	},
}

func newQueue() any {
	return sqs.New(sqs.Options{Region: "eu-west-1"}) // EXPECT: New of a pool nothing is put back into
}

var queues = &sync.Pool{New: newQueue}

var buffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func handle(ctx context.Context, key string) (string, error) {
	ps := presigners.Get().(*s3.PresignClient)
	q := queues.Get().(*sqs.Client)
	buf := buffers.Get().(*bytes.Buffer)
	buf.Reset()
	buf.WriteString(key)
	_, _ = ps, q
	return buf.String(), nil
}

func main() { lambda.Start(handle) }
