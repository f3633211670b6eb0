// Package repository stores invoices in DynamoDB. New builds the client
// it needs on every call: called from a handler, that is Init work one
// package away from the handler.
package repository

import (
	"context"
	"fmt"
	"os"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Repo reads invoices.
type Repo struct {
	db    *dynamodb.Client
	table string
}

// New loads the SDK config and builds a DynamoDB client.
func New(ctx context.Context) (*Repo, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	return &Repo{db: dynamodb.NewFromConfig(cfg), table: os.Getenv("TABLE_NAME")}, nil
}

// Invoice reads one invoice.
func (r *Repo) Invoice(ctx context.Context, id string) (map[string]types.AttributeValue, error) {
	out, err := r.db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(r.table),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	if err != nil {
		return nil, err
	}
	return out.Item, nil
}

// Shared is the cached form: the client is built once, whoever calls it.
var Shared = sync.OnceValues(func() (*Repo, error) { return New(context.Background()) })
