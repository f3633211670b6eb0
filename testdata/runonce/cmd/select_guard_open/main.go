// The negative of select_guard: the ready channel is never closed, the
// holder's is one the handler makes on every invocation, and the slot is
// never filled, so each select's default runs, and each client is built,
// on every invocation.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var (
	mu     sync.Mutex
	loaded = make(chan struct{})
	ddb    *dynamodb.Client
)

func table() *dynamodb.Client {
	mu.Lock()
	defer mu.Unlock()
	select {
	case <-loaded:
	default:
		ddb = dynamodb.New(dynamodb.Options{Region: "eu-west-1"}) // EXPECT: loaded is never closed
	}
	return ddb
}

type holder struct {
	mu    sync.Mutex
	ready chan struct{}
	c     *s3.Client
}

func (h *holder) get() *s3.Client {
	select {
	case <-h.ready:
		return h.c
	default:
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.c = s3.New(s3.Options{Region: "eu-west-1"}) // EXPECT: the holder is made on every invocation
	close(h.ready)
	return h.c
}

var slot = make(chan *sqs.Client, 1)

func queue() *sqs.Client {
	select {
	case c := <-slot:
		return c
	default:
	}
	return sqs.New(sqs.Options{Region: "eu-west-1"}) // EXPECT: nothing is put in the slot
}

func handle(ctx context.Context) (int, error) {
	out, err := table().ListTables(ctx, &dynamodb.ListTablesInput{Limit: aws.Int32(int32(len(slot)))})
	if err != nil {
		return 0, err
	}
	objects := &holder{ready: make(chan struct{})}
	_ = objects.get()
	_ = queue()
	return len(out.TableNames), nil
}

func main() { lambda.Start(handle) }
