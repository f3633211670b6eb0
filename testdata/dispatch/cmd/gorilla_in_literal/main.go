package main

import (
	"context"
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"
	"github.com/gorilla/mux"

	"example.com/cases/dispatch/internal/gorilla_in_literal/links"
)

func main() {
	h := links.Handlers{BaseURL: os.Getenv("BASE_URL"), Targets: map[string]string{"docs0001": "https://example.com/docs"}}
	lambda.Start(func(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
		r := mux.NewRouter() // EXPECT: mux.NewRouter per invocation (inside func literal passed to lambda.Start)
		r.HandleFunc("/health", h.Health).Methods(http.MethodGet)
		r.HandleFunc("/{code}", h.Resolve).Methods(http.MethodGet)
		return gorillamux.NewV2(r).ProxyWithContext(ctx, req) // EXPECT: gorillamux.NewV2 adapter per invocation
	})
}
