// Negative: the middleware that builds its client when it is made.
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
	lambda.Start(httpadapter.NewV2(gate.KeysShared(mux)).ProxyWithContext)
}
