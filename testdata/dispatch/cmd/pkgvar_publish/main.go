package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/pkgvar_publish/orders"
)

func main() {
	lambda.Start(orders.HandleStream)
}
