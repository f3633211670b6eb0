// Package fixlit registers a function literal in main; the moved code lands
// before main.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func main() {
	lambda.Start(func(ctx context.Context) error {
		q := sqs.New(sqs.Options{Region: "eu-west-1"})                                                    // want `sqs.New builds`
		_, err := q.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: nil, MaxNumberOfMessages: 10}) // want `sqs.ReceiveMessageInput is rebuilt`
		return err
	})
}
