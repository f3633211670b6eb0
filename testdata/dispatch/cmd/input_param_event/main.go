// Negative: the handler passes the event's queue.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/recvinputs"
)

type event struct{ Queue string }

func main() {
	a := recvinputs.NewAnnouncer(sqs.New(sqs.Options{Region: "eu-west-1"}), "")
	lambda.Start(func(ctx context.Context, e event) error {
		return a.PurgeNamed(ctx, e.Queue)
	})
}
