// Package fixtestvar reads a variable that its test sets before calling
// the handler: moved into init, the code would read it before the test
// sets it, so it runs once on the first invocation instead.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var region = "eu-west-1"

func handler(ctx context.Context) (string, error) {
	q := sqs.New(sqs.Options{Region: region}) // want `sqs.New builds .* invocation of handler; create it once outside the handler$`
	return q.Options().Region, nil
}

func main() { lambda.Start(handler) }
