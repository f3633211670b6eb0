// Middleware of another package wraps the whole mux; the adapter serves
// what it returns.
package main

import (
	"net/http"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"example.com/cases/dispatch/internal/wrapped/gate"
)

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {})
	handler := gate.Keys(mux)
	lambda.Start(httpadapter.NewV2(handler).ProxyWithContext)
}
