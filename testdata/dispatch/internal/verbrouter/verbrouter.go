// Package verbrouter returns a handler that routes each request by its
// HTTP verb to the methods of what it is given.
package verbrouter

import (
	"context"
	"errors"

	"github.com/aws/aws-lambda-go/events"
)

type controller interface {
	Get(ctx context.Context, id string) (events.APIGatewayProxyResponse, error)
	Create(ctx context.Context, body []byte) (events.APIGatewayProxyResponse, error)
}

// Router returns the handler; its body runs once, where main calls it.
func Router(c controller) func(context.Context, events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return func(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
		switch req.HTTPMethod {
		case "GET":
			return c.Get(ctx, req.PathParameters["id"])
		case "POST":
			return c.Create(ctx, []byte(req.Body))
		}
		return events.APIGatewayProxyResponse{}, errors.New("invalid method")
	}
}
