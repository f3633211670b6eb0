// Negative: the same two layers, down to a method whose input names the
// table the store holds.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/factories/health"
	"example.com/cases/dispatch/internal/factories/store"
)

func main() {
	s := &store.Store{DB: dynamodb.New(dynamodb.Options{Region: "eu-west-1"}), Table: os.Getenv("TABLE")}
	c := &health.Checker{Store: s}
	lambda.Start(c.CheckOwn)
}
