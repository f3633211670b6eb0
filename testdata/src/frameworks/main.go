// Package frameworks serves chi and gin routers: their routes run per
// invocation. main serves one or the other, so their Init work lands
// lazily, on first use.
package main

import (
	"net/http"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdaurl"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func items(w http.ResponseWriter, r *http.Request) {
	_ = s3.New(s3.Options{Region: "eu-west-1"}) // want `s3.New builds .* invocation of items`
}

func ping(c *gin.Context) {
	_ = sqs.New(sqs.Options{Region: "eu-west-1"}) // want `sqs.New builds .* invocation of ping`
}

func main() {
	if os.Getenv("ROUTER") == "chi" {
		r := chi.NewRouter()
		r.Get("/items", items)
		lambdaurl.Start(r)
		return
	}
	engine := gin.Default()
	engine.GET("/ping", ping)
	engine.POST("/pong", func(c *gin.Context) {
		_ = sqs.New(sqs.Options{Region: "us-east-1"}) // want `sqs.New builds .* invocation of the handler passed to lambda.Start`
	})
	lambda.Start(ginadapter.New(engine).ProxyWithContext)
}
