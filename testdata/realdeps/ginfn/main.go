// Command ginfn serves a gin engine through the api-proxy adapter: the
// handlers of its routes, and of its groups' routes, run per invocation.
package main

import (
	"net/http"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"
)

func ping(c *gin.Context) {
	re := regexp.MustCompile(`^ping$`) // want `regexp.MustCompile compiles .* invocation of ping`
	c.String(http.StatusOK, re.String())
}

func items(c *gin.Context) {
	re := regexp.MustCompile(`^items$`) // want `regexp.MustCompile compiles .* invocation of items`
	c.String(http.StatusOK, re.String())
}

func main() {
	engine := gin.New()
	engine.GET("/ping", ping)
	v1 := engine.Group("/v1")
	{
		v1.GET("/items", items)
	}
	lambda.Start(ginadapter.New(engine).ProxyWithContext)
}
