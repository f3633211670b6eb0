// Package fixmaintest reads a region that main sets before it starts its
// handlers. The test of handler calls it without main: moved into main,
// the client would be unset there, so handler's code lands lazily, where
// the test builds it too. No test calls untested: its code goes in main.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var region string

func handler(ctx context.Context) (string, error) {
	q := sqs.New(sqs.Options{Region: region}) // want `sqs.New builds .* invocation of handler; create it once outside the handler$`
	return q.Options().Region, nil
}

func untested(ctx context.Context) (string, error) {
	q := sqs.New(sqs.Options{Region: region + "-2"}) // want `sqs.New builds .* invocation of untested; create it once outside the handler$`
	return q.Options().Region, nil
}

func main() {
	region = os.Getenv("QUEUE_REGION")
	lambda.Start(handler)
	lambda.Start(untested)
}
