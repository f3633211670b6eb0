// Negative: the input holds a field that another method of the receiver
// changes.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/recvinputs"
)

func main() {
	b := recvinputs.NewBatch(sqs.New(sqs.Options{Region: "eu-west-1"}))
	lambda.Start(func(ctx context.Context, e map[string]string) error {
		for k, v := range e {
			b.Add(k, v)
		}
		return b.Flush(ctx, e)
	})
}
