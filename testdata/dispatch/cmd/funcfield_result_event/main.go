// The negative of funcfield_result: the method value stored in a field
// writes through its receiver (each call answers other options), the
// function value is given the request's address, and the handler stores
// a literal reading the request into the third field on some invocations.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type optionsFunc func(region string) sqs.Options

type server struct {
	calls   int
	next    func() sqs.Options
	queue   func() sqs.Options
	options optionsFunc
}

func (s *server) nextOptions() sqs.Options {
	s.calls++
	return sqs.Options{Region: "eu-west-1", RetryMaxAttempts: s.calls}
}

func defaultQueue() sqs.Options { return sqs.Options{Region: "eu-west-1", RetryMaxAttempts: 4} }

func optionsIn(region string) sqs.Options { return sqs.Options{Region: region} }

func (s *server) proxy(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if r := req.Headers["x-region"]; r != "" {
		s.queue = func() sqs.Options { return sqs.Options{Region: r} }
	}
	retried := sqs.New(s.next())                                       // nextOptions writes the receiver
	primary := sqs.New(s.queue())                                      // the field may hold the request's region
	backup := sqs.New(s.options(req.RequestContext.Identity.SourceIP)) // the argument comes from the request
	_, _, _ = retried, primary, backup
	return events.APIGatewayProxyResponse{StatusCode: 204}, nil
}

func main() {
	s := &server{queue: defaultQueue}
	s.next = s.nextOptions
	s.options = optionsIn
	lambda.Start(s.proxy)
}
