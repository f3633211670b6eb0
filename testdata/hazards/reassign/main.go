// Command reassign builds its queue client for a default region and
// rebuilds it when the event names another. Hoisted, the rebuilt client
// would stay for the next invocation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	c := sqs.New(sqs.Options{Region: "eu-west-1"})
	if e["region"] != "" {
		c = sqs.New(sqs.Options{Region: e["region"]})
	}
	return "region " + c.Options().Region, nil
}

func main() { lambda.Start(handler) }
