// Command initorder builds its queue client from a region that the init
// of another file sets, region.go, which runs after this file's inits. Its
// main is one line: nothing can go before the Start call there. A hoist
// into an init of this file would read the region before it is set.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

var queueRegion string

func handler(ctx context.Context, e map[string]string) (string, error) {
	q := sqs.New(sqs.Options{Region: queueRegion})
	return "region " + q.Options().Region, nil
}

func main() { lambda.Start(handler) }
