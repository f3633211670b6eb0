package checkout

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
)

func Handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	if req.Body == "" {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusAccepted, Body: `{"status":"queued"}`}, nil
}
