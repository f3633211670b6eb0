// The router a local server serves is also the one the adapter serves:
// its routes run on every invocation, and the pattern one of them
// compiles is reported.
package main

import (
	"context"
	"net/http"
	"os"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"
)

func routes() *http.ServeMux {
	m := http.NewServeMux()
	m.HandleFunc("/clean", func(w http.ResponseWriter, r *http.Request) {
		unsafe := regexp.MustCompile(`[^a-z0-9/]`) // EXPECT: compiled on every request the adapter serves
		_, _ = w.Write([]byte(unsafe.ReplaceAllString(r.URL.Path, "")))
	})
	if os.Getenv("LOCAL") != "" {
		_ = http.ListenAndServe(":3000", m)
	}
	return m
}

func main() {
	adapter := httpadapter.New(routes())
	lambda.Start(func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
		return adapter.ProxyWithContext(ctx, req)
	})
}
