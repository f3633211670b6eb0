package profile

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-lambda-go/events"

	"example.com/cases/dispatch/internal/embedded_repo/store"
)

// Service embeds the repository so its methods are promoted.
type Service struct {
	store.Repository
}

func (s Service) Get(ctx context.Context, req events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	p, err := s.GetProfile(ctx, req.PathParameters["id"])
	if err != nil {
		return events.APIGatewayV2HTTPResponse{StatusCode: 404}, nil
	}
	b, _ := json.Marshal(p)
	return events.APIGatewayV2HTTPResponse{StatusCode: 200, Body: string(b)}, nil
}
