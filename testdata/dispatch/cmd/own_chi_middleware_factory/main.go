// Command own_chi_middleware_factory gives its router middleware over a
// client main builds once: nothing to report.
package main

import (
	"context"
	"log"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"
	"github.com/go-chi/chi/v5"

	"example.com/cases/dispatch/internal/own_chi_middleware/authz"
)

var adapter *chiadapter.ChiLambdaV2

func handler(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return adapter.ProxyWithContextV2(ctx, req)
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	r := chi.NewRouter()
	r.Use(authz.WithClient(dynamodb.NewFromConfig(cfg)))
	r.Use(authz.Cached)
	r.Get("/ping", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusNoContent) })
	adapter = chiadapter.NewV2(r)
	lambda.Start(handler)
}
