// newStore takes the request-scoped logger, but the config and client it
// builds do not depend on it.
package main

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-lambda-go/lambdacontext"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type Order struct {
	ID    string `json:"id"`
	Total string `json:"total"`
}

type store struct {
	db  *dynamodb.Client
	log *slog.Logger
}

func newStore(ctx context.Context, log *slog.Logger) (*store, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: config loaded per call, whatever logger the handler passes
	if err != nil {
		return nil, err
	}
	log.Debug("dynamodb store ready", "region", cfg.Region)
	return &store{db: dynamodb.NewFromConfig(cfg), log: log}, nil // EXPECT: client built per call, whatever logger the handler passes
}

func (s *store) save(ctx context.Context, o Order) error {
	s.log.Info("saving order", "id", o.ID)
	_, err := s.db.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String("orders"),
		Item: map[string]types.AttributeValue{
			"id":    &types.AttributeValueMemberS{Value: o.ID},
			"total": &types.AttributeValueMemberN{Value: o.Total},
		},
	})
	return err
}

func handler(ctx context.Context, o Order) error {
	requestID := ""
	if lc, ok := lambdacontext.FromContext(ctx); ok {
		requestID = lc.AwsRequestID
	}
	logger := slog.Default().With("request_id", requestID)
	st, err := newStore(ctx, logger) // the helper is in this package: its constructions are reported where they are, via newStore
	if err != nil {
		return err
	}
	return st.save(ctx, o)
}

func main() {
	lambda.Start(handler)
}
