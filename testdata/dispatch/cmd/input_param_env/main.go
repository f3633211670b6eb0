// A method of another package builds an input from its parameter; the
// handler passes a value of the environment: the input is the same every
// time.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/recvinputs"
)

func main() {
	a := recvinputs.NewAnnouncer(sqs.New(sqs.Options{Region: "eu-west-1"}), "")
	lambda.Start(func(ctx context.Context) error {
		return a.Purge(ctx, os.Getenv("DLQ_URL"))
	})
}
