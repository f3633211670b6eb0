// Package fixtestvar reads a variable that its test sets before calling
// the handler, and the environment its other test sets: moved into init,
// the code would read them before the tests set them, and moved into a
// once-only function it would keep the first test's value for the next
// test. So there is no fix, and the message names the test.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var region = "eu-west-1"

func handler(ctx context.Context) (string, error) {
	q := sqs.New(sqs.Options{Region: region}) // want `sqs.New builds .* \(no automatic fix: it reads region, which TestRegion sets before it calls the handler: moved out of the handler, it would keep the first value it sees\)`
	return q.Options().Region, nil
}

func table(ctx context.Context) (string, error) {
	q := sqs.New(sqs.Options{Region: os.Getenv("QUEUE_REGION")}) // want `sqs.New builds .* \(no automatic fix: it reads the environment, which TestQueue sets before it calls the handler: moved out of the handler, it would keep the first value it sees\)`
	return q.Options().Region, nil
}

func main() {
	lambda.Start(handler)
	lambda.Start(table)
}
