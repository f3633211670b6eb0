// Negative: the cache is keyed by the function's ARN, the same on every
// invocation of the execution environment: it hits from the second
// invocation on.
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
	if c, ok := clients[lc.InvokedFunctionArn]; ok {
		return c
	}
	c := dynamodb.New(dynamodb.Options{Region: "eu-west-1"})
	clients[lc.InvokedFunctionArn] = c
	return c
}

func handler(ctx context.Context) error {
	_ = client(ctx)
	return nil
}

func main() { lambda.Start(handler) }
