// The handler calls a method of another package that builds a constant
// operation input on every call.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/factories/store"
)

func main() {
	s := &store.Store{DB: dynamodb.New(dynamodb.Options{Region: "eu-west-1"})}
	lambda.Start(func(ctx context.Context) error { return s.Ready(ctx) })
}
