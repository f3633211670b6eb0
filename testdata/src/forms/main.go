// Package forms registers handlers in every plain form: a method value, a
// function literal, and func-typed variables assigned once.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type app struct{ queue string }

func (a *app) Handle(ctx context.Context) error {
	c := sqs.New(sqs.Options{Region: "us-east-1"}) // want `sqs.New builds a new SQS client and connection pool on every invocation of app.Handle`
	_ = c
	return nil
}

var pkgHandler = func(ctx context.Context) error {
	c := sqs.New(sqs.Options{})                         // want `sqs.New builds .* on every invocation of the handler passed to lambda.StartWithOptions`
	_, err := c.SendMessage(ctx, &sqs.SendMessageInput{ // want `sqs.SendMessageInput is rebuilt`
		QueueUrl:    aws.String("https://sqs/queue"),
		MessageBody: aws.String("ping"),
	})
	return err
}

// reassigned is assigned twice, so which function runs is unknown.
var reassigned = func(ctx context.Context) error { return nil }

func main() {
	a := &app{queue: "q"}
	lambda.Start(a.Handle)

	lambda.Start(func(ctx context.Context) error {
		c := sqs.New(sqs.Options{}) // want `sqs.New builds .* on every invocation of the handler passed to lambda.Start`
		_ = c
		return nil
	})

	local := func(ctx context.Context) error {
		c := sqs.New(sqs.Options{}) // want `sqs.New builds`
		_ = c
		return nil
	}
	lambda.Start(local)
	lambda.StartWithOptions(pkgHandler)

	reassigned = func(ctx context.Context) error {
		c := sqs.New(sqs.Options{}) // not reached: the variable has two values
		_ = c
		return nil
	}
	lambda.Start(reassigned)
}
