// A key built from the request ID and a table name.
package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var (
	mu     sync.Mutex
	tables = map[string]*dynamodb.Client{}
)

func table(ctx context.Context, name string) *dynamodb.Client {
	lc, _ := lambdacontext.FromContext(ctx)
	key := fmt.Sprintf("%s/%s", lc.AwsRequestID, name)
	mu.Lock()
	defer mu.Unlock()
	if c := tables[key]; c != nil {
		return c
	}
	c := dynamodb.New(dynamodb.Options{Region: "eu-west-1"}) // EXPECT: keyed by the request ID and the table, new on every invocation
	tables[key] = c
	return c
}

func handler(ctx context.Context) error {
	_ = table(ctx, "orders")
	return nil
}

func main() { lambda.Start(handler) }
