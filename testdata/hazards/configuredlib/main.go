// Command configuredlib registers the handler of package shop, which it
// configures first.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"

	"example.com/hazards/configuredlib/shop"
)

func main() {
	shop.Init(aws.Config{Region: "eu-west-3"})
	lambda.Start(shop.Handle)
}
