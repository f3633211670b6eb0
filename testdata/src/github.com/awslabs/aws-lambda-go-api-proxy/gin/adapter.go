// Package ginadapter is a stub of github.com/awslabs/aws-lambda-go-api-proxy/gin.
package ginadapter

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/gin-gonic/gin"
)

type GinLambda struct{}

func New(gin *gin.Engine) *GinLambda { return &GinLambda{} }

func (g *GinLambda) ProxyWithContext(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}
