// The handler asks another package for the router and wraps it in an
// adapter on every invocation: both are the same each time.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"

	"example.com/cases/dispatch/internal/factories/webapi"
)

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	r := webapi.NewRouter(webapi.Deps{Greeting: "hello"})
	return chiadapter.New(r).ProxyWithContext(ctx, req) // EXPECT: an adapter around the router a helper of another package returns
}

func main() { lambda.Start(handler) }
