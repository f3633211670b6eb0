// Package api is the API Gateway handler of the invoices function. It
// builds its service on every invocation, and with it, two packages away,
// the SDK config and a DynamoDB client.
package api

import (
	"context"
	"net/http"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/lambdafns/layered/repository"
	"example.com/lambdafns/layered/service"
)

// Handle answers GET /invoices/{id}.
func Handle(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	svc, err := service.New(ctx)
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, err
	}
	total, err := svc.Total(ctx, req.PathParameters["id"])
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadGateway}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: total}, nil
}

// HandleCached reads through the repository's cached getter: built once.
func HandleCached(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	repo, err := repository.Shared()
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, err
	}
	item, err := repo.Invoice(ctx, req.PathParameters["id"])
	if err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadGateway}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusOK, Body: item["id"].(*types.AttributeValueMemberS).Value}, nil
}
