// Command testenv reads its table from the environment, which its tests
// set before they call the handler. Hoisted into init, the input would be
// built before any test sets it.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	c := sqs.New(sqs.Options{Region: os.Getenv("QUEUE_REGION")})
	return "region " + c.Options().Region, nil
}

func main() { lambda.Start(handler) }
