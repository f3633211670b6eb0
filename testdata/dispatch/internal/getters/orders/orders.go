// Package orders is a handler that embeds the client set and keeps what
// its getters return.
package orders

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/sqs"

	"example.com/cases/dispatch/internal/getters/awsclients"
)

// Placed is the order event of the shop's own bus.
type Placed struct {
	ID    string `json:"id"`
	Queue string `json:"queue"`
}

// Service holds the client set and what its getters give.
type Service struct {
	*awsclients.Set
	table *dynamodb.Client
	cfg   aws.Config
}

// New keeps the set, the shared table client and the configuration.
func New(set *awsclients.Set) *Service {
	return &Service{Set: set, table: set.Table(), cfg: set.Config()}
}

// Handle notifies the fulfilment queue of the order.
func (s *Service) Handle(ctx context.Context, p Placed) error {
	q := s.Queue() // a promoted method builds the client: reported at its construction
	if _, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(p.Queue), MessageBody: aws.String(p.ID)}); err != nil {
		return err
	}
	q2 := sqs.NewFromConfig(s.cfg) // EXPECT: built per order from the configuration a getter gave when main built the service
	_, err := q2.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(p.Queue), MessageBody: aws.String("audit " + p.ID)})
	return err
}
