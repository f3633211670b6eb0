// Package httpadapter is a stub of github.com/awslabs/aws-lambda-go-api-proxy/httpadapter.
package httpadapter

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

type HandlerAdapter struct{ handler http.Handler }

func New(handler http.Handler) *HandlerAdapter { return &HandlerAdapter{handler: handler} }

func (h *HandlerAdapter) ProxyWithContext(ctx context.Context, event events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{}, nil
}
