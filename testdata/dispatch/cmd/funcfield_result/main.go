// Function fields that main fills with a function or a method value of
// this package: what a call through one answers is what that function
// answers, the same on every invocation when its bound receiver and the
// call's arguments are. So the adapter wrapped around the mux a method
// value builds, and the clients built from the options a function value
// gives, are Init work.
package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)

type optionsFunc func(region string) sqs.Options

type server struct {
	prefix  string
	newMux  func() *http.ServeMux
	queue   func() sqs.Options
	options optionsFunc
}

func (s *server) mux() *http.ServeMux {
	m := http.NewServeMux() // EXPECT: mux runs through newMux on every invocation
	m.HandleFunc(s.prefix+"/health", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	return m
}

func defaultQueue() sqs.Options { return sqs.Options{Region: "eu-west-1", RetryMaxAttempts: 4} }

func optionsIn(region string) sqs.Options { return sqs.Options{Region: region} }

func (s *server) proxy(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	adapter := httpadapter.New(s.newMux())    // EXPECT: newMux is the method value s.mux, set in main
	primary := sqs.New(s.queue())             // EXPECT: queue is defaultQueue
	backup := sqs.New(s.options("us-east-1")) // EXPECT: options is optionsIn, given a constant
	_, _ = primary, backup
	return adapter.ProxyWithContext(ctx, req)
}

func main() {
	s := &server{prefix: "/api", queue: defaultQueue}
	s.newMux = s.mux
	s.options = optionsIn
	lambda.Start(s.proxy)
}
