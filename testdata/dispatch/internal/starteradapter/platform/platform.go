// Package platform starts a router behind API Gateway for every command:
// the adapter it makes from the router is what it registers.
package platform

import (
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/gorillamux"
	"github.com/gorilla/mux"
)

// Serve is called once from main.
func Serve(router *mux.Router) {
	adapter := gorillamux.NewV2(router)
	lambda.Start(adapter.ProxyWithContext)
}
