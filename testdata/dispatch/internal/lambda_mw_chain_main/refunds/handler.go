package refunds

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

func Handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	return events.APIGatewayProxyResponse{StatusCode: http.StatusAccepted, Body: `{"refund":"pending"}`}, nil
}
