package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/ports_dynamo_adapter/dynamo"
	"example.com/cases/dispatch/internal/ports_dynamo_adapter/handler"
)

func main() {
	repo := dynamo.NewOrderRepository(os.Getenv("ORDERS_TABLE"))
	h := handler.New(repo)
	lambda.Start(h.Create)
}
