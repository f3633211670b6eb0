// Routes registered in another package, on the engine the adapter serves
// (Register) and on one only a local gin server runs (RunLocal). The
// first route's pattern is compiled on every invocation (reported where
// the adapter serves it); the health check of the local engine never
// runs on one.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	ginadapter "github.com/awslabs/aws-lambda-go-api-proxy/gin"
	"github.com/gin-gonic/gin"

	"example.com/cases/dispatch/internal/localgin"
)

func main() {
	if os.Getenv("LOCAL") != "" {
		_ = localgin.RunLocal()
		return
	}
	r := gin.New()
	localgin.Register(r)
	adapter := ginadapter.New(r)
	lambda.Start(func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) { // EXPECT: the route's pattern (localgin.Register) compiled on every invocation
		return adapter.ProxyWithContext(ctx, req)
	})
}
