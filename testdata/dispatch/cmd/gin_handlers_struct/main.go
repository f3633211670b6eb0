package main

import (
	"context"
	"log"

	"github.com/aws/aws-lambda-go/lambda"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"

	"example.com/cases/dispatch/internal/gin_handlers_struct/httpapi"
)

var adapter *ginadapter.GinLambda

func init() {
	h, err := httpapi.NewHandlers(context.Background())
	if err != nil {
		log.Fatal(err)
	}
	adapter = ginadapter.New(httpapi.NewRouter(h))
}

func main() {
	lambda.Start(adapter.ProxyWithContext)
}
