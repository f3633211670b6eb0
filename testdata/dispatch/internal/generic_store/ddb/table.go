package ddb

import (
	"context"
	"encoding/json"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/cases/dispatch/internal/generic_store/repo"
)

// Table is a generic single-table store.
type Table[T repo.Keyed] struct {
	Name string
}

func (t Table[T]) Put(ctx context.Context, item T) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig per Put (generic Table[Reading] via repo.Store[Reading])
	if err != nil {
		return err
	}
	client := dynamodb.NewFromConfig(cfg) // EXPECT: dynamodb.NewFromConfig per Put (generic Table[Reading] via repo.Store[Reading])
	doc, err := json.Marshal(item)
	if err != nil {
		return err
	}
	_, err = client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(t.Name),
		Item: map[string]types.AttributeValue{
			"pk":  &types.AttributeValueMemberS{Value: item.PK()},
			"doc": &types.AttributeValueMemberS{Value: string(doc)},
		},
	})
	return err
}
