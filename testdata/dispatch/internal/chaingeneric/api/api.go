// Package api serves the account endpoints.
package api

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
)

// Handler is the API's handler type.
type Handler = func(context.Context, events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error)

// Me answers GET /me.
func Me(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: req.RawPath}, nil
}
