// Package orders reads orders; its service builds its client on first use.
package orders

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Service reads the orders table.
type Service struct {
	cfg aws.Config
	db  *dynamodb.Client
}

// NewService returns a service that builds its client when first used.
func NewService(cfg aws.Config) *Service { return &Service{cfg: cfg} }

func (s *Service) client() *dynamodb.Client {
	if s.db == nil {
		s.db = dynamodb.NewFromConfig(s.cfg) // EXPECT: once per service, and the handler builds a service on every invocation
	}
	return s.db
}

// Get reads one order.
func (s *Service) Get(ctx context.Context, id string) error {
	_, err := s.client().DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(id)})
	return err
}
