package ddbcatalog

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/cases/dispatch/internal/servemux_chain/catalog"
)

type Reader struct {
	Table string
}

func (r Reader) Item(ctx context.Context, id string) (catalog.Item, error) {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: LoadDefaultConfig per request (ServeMux → middleware chain → ItemsHandler.ServeHTTP → ItemReader)
	if err != nil {
		return catalog.Item{}, err
	}
	db := dynamodb.NewFromConfig(cfg) // EXPECT: dynamodb.NewFromConfig per request (ServeMux → middleware chain → ItemsHandler.ServeHTTP → ItemReader)
	out, err := db.GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(r.Table),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	if err != nil {
		return catalog.Item{}, err
	}
	title, ok := out.Item["title"].(*types.AttributeValueMemberS)
	if !ok {
		return catalog.Item{}, errors.New("not found")
	}
	return catalog.Item{ID: id, Title: title.Value}, nil
}
