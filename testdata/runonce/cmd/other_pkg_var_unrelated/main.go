// main registers tablejobs.Counter.CountLabelled.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/runonce/internal/tablejobs"
)

func main() {
	c := &tablejobs.Counter{DB: dynamodb.New(dynamodb.Options{Region: "eu-west-1"})}
	lambda.Start(c.CountLabelled)
}
