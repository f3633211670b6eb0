// A constant operation input built two packages down: the handler calls
// a checker, whose method calls the store's, which builds it.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/factories/health"
	"example.com/cases/dispatch/internal/factories/store"
)

func main() {
	c := &health.Checker{Store: &store.Store{DB: dynamodb.New(dynamodb.Options{Region: "eu-west-1"})}}
	lambda.Start(c.Check)
}
