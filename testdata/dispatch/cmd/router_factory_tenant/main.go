// Negative: the router is built for the tenant the request names, so the
// adapter around it differs between invocations.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	chiadapter "github.com/awslabs/aws-lambda-go-api-proxy/chi"

	"example.com/cases/dispatch/internal/factories/webapi"
)

func handler(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	r := webapi.ForTenant(req.PathParameters["tenant"])
	return chiadapter.New(r).ProxyWithContext(ctx, req)
}

func main() { lambda.Start(handler) }
