// Command maintest builds its queue client from a region that main reads
// before it starts the handler, and its test calls the handler without
// main. A hoist into main, before the Start call, would leave the client
// unset in the test.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var region string

func handler(ctx context.Context, e map[string]string) (string, error) {
	q := sqs.New(sqs.Options{Region: region})
	return "region " + q.Options().Region, nil
}

func main() {
	region = os.Getenv("QUEUE_REGION")
	lambda.Start(handler)
}
