// Command own_chi_middleware serves a chi router, built in a package
// variable's initializer, through the API-proxy adapter; its middleware
// comes from another package.
package main

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"
	"github.com/go-chi/chi/v5"

	"example.com/cases/dispatch/internal/own_chi_middleware/authz"
)

var adapter = chiadapter.NewV2(router())

func router() *chi.Mux {
	r := chi.NewRouter()
	r.Use(authz.PerRequest)
	r.Get("/ping", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	return r
}

func handler(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return adapter.ProxyWithContextV2(ctx, req)
}

func main() { lambda.Start(handler) }
