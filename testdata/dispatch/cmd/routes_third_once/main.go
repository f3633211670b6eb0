// Negative: the same packages wired with the middleware that builds its
// client when it is made, and a route that uses the client main built.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"

	"example.com/cases/dispatch/internal/routes_third/orders"
	"example.com/cases/dispatch/internal/routes_third/routes"
)

func main() {
	r := gin.New()
	api := &orders.API{DB: dynamodb.New(dynamodb.Options{Region: "eu-west-1"})}
	routes.RegisterShared(r, os.Getenv("REDIS_ADDR"), api)
	lambda.Start(ginadapter.NewV2(r).ProxyWithContext)
}
