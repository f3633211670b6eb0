// Command orders wires the service to the DynamoDB adapter and registers
// the service's method as the handler. lambdainit follows the handler
// through the port to the adapter main converts to it, and reports the
// adapter's per-call config and client at the registration.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/ports/dynamostore"
	"example.com/ports/service"
)

func main() {
	svc := service.New(dynamostore.Store{Table: os.Getenv("ORDERS_TABLE")})
	lambda.Start(svc.Handle)
}
