// Package handler is the primary (API Gateway) adapter.
package handler

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/ports_dynamo_adapter/domain"
)

type Handler struct {
	repo domain.OrderRepository
}

func New(repo domain.OrderRepository) *Handler {
	return &Handler{repo: repo}
}

func (h *Handler) Create(ctx context.Context, req events.APIGatewayProxyRequest) (events.APIGatewayProxyResponse, error) {
	var o domain.Order
	if err := json.Unmarshal([]byte(req.Body), &o); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusBadRequest}, nil
	}
	if err := h.repo.Save(ctx, o); err != nil {
		return events.APIGatewayProxyResponse{StatusCode: http.StatusInternalServerError}, err
	}
	return events.APIGatewayProxyResponse{StatusCode: http.StatusCreated}, nil
}
