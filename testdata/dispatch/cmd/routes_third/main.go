// The routes package registers a route of a third package and a
// middleware factory's result; main serves the router through the
// adapter, given straight to lambda.Start.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"

	"example.com/cases/dispatch/internal/routes_third/routes"
)

func main() {
	r := gin.New()
	routes.Register(r, os.Getenv("REDIS_ADDR"))
	lambda.Start(ginadapter.NewV2(r).ProxyWithContext)
}
