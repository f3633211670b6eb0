package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/awslabs/aws-lambda-go-api-proxy/httpadapter"

	"example.com/cases/dispatch/internal/servemux_lazy/web"
)

func main() {
	adapter := httpadapter.New(web.Mux)
	lambda.Start(adapter.ProxyWithContext)
}
