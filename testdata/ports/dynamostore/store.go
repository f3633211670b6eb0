// Package dynamostore is the DynamoDB adapter of orders.Store. It loads
// the SDK config and builds a client on every Save: the handler that
// reaches it through the port repeats that work on every invocation.
package dynamostore

import (
	"context"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/ports/orders"
)

// Store saves orders in a table.
type Store struct {
	Table string
}

// Save writes one order.
func (s Store) Save(ctx context.Context, o orders.Order) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: config loaded on every Save, reached through the port
	if err != nil {
		return err
	}
	client := dynamodb.NewFromConfig(cfg) // EXPECT: client built on every Save, reached through the port
	_, err = client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(s.Table),
		Item: map[string]types.AttributeValue{
			"id":    &types.AttributeValueMemberS{Value: o.ID},
			"total": &types.AttributeValueMemberN{Value: strconv.FormatInt(o.Total, 10)},
		},
	})
	return err
}
