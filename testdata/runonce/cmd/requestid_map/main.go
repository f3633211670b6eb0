// A "cache" keyed by the invocation's request ID: the key is new on
// every invocation, so the lookup never hits and the client is built
// every time.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var (
	mu      sync.Mutex
	clients = map[string]*dynamodb.Client{}
)

func client(ctx context.Context) *dynamodb.Client {
	lc, _ := lambdacontext.FromContext(ctx)
	mu.Lock()
	defer mu.Unlock()
	if c, ok := clients[lc.AwsRequestID]; ok {
		return c
	}
	c := dynamodb.New(dynamodb.Options{Region: "eu-west-1"}) // EXPECT: the cache is keyed by the request ID, new on every invocation
	clients[lc.AwsRequestID] = c
	return c
}

func handler(ctx context.Context) error {
	_ = client(ctx)
	return nil
}

func main() { lambda.Start(handler) }
