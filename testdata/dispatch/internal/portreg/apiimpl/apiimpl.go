// Package apiimpl implements the port twice: one sets its client up on
// every request, the other once.
package apiimpl

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/portreg/api"
)

type perRequest struct{ svc *dynamodb.Client }

// New returns the handler that sets its client up on every request.
func New() api.Handler { return &perRequest{} }

func (h *perRequest) setup() {
	h.svc = dynamodb.New(dynamodb.Options{Region: "us-east-1"}) // EXPECT: a client made on every request, through the port main registers by method value
}

func (h *perRequest) Create(ctx context.Context, req api.Request) (string, error) {
	h.setup()
	_, err := h.svc.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(req.Table)})
	return req.Name, err
}

type once struct {
	once sync.Once
	svc  *dynamodb.Client
}

// NewCached returns the handler that sets its client up once.
func NewCached() api.Handler { return &once{} }

func (h *once) Create(ctx context.Context, req api.Request) (string, error) {
	h.once.Do(func() {
		h.svc = dynamodb.New(dynamodb.Options{Region: "us-east-1"})
	})
	_, err := h.svc.PutItem(ctx, &dynamodb.PutItemInput{TableName: aws.String(req.Table)})
	return req.Name, err
}
