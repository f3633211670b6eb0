// Package dynamo is the DynamoDB adapter for domain.OrderRepository.
package dynamo

import (
	"context"
	"strconv"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/cases/dispatch/internal/ports_dynamo_adapter/domain"
)

type OrderRepository struct {
	table string
}

func NewOrderRepository(table string) *OrderRepository {
	return &OrderRepository{table: table}
}

func (r *OrderRepository) Save(ctx context.Context, o domain.Order) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: config.LoadDefaultConfig per Save (interface call from handler)
	if err != nil {
		return err
	}
	client := dynamodb.NewFromConfig(cfg) // EXPECT: dynamodb.NewFromConfig per Save (interface call from handler)
	_, err = client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(r.table),
		Item: map[string]types.AttributeValue{
			"pk":    &types.AttributeValueMemberS{Value: "ORDER#" + o.ID},
			"cust":  &types.AttributeValueMemberS{Value: o.CustomerID},
			"total": &types.AttributeValueMemberN{Value: strconv.FormatInt(o.TotalCents, 10)},
		},
	})
	return err
}
