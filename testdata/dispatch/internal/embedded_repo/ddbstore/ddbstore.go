package ddbstore

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"

	"example.com/cases/dispatch/internal/embedded_repo/store"
)

type Repo struct {
	cfg   aws.Config
	table string
}

func New(cfg aws.Config, table string) *Repo { return &Repo{cfg: cfg, table: table} }

func (r *Repo) db() *dynamodb.Client {
	return dynamodb.NewFromConfig(r.cfg) // EXPECT: dynamodb.NewFromConfig per call (promoted method of embedded store.Repository)
}

func (r *Repo) GetProfile(ctx context.Context, id string) (store.Profile, error) {
	out, err := r.db().GetItem(ctx, &dynamodb.GetItemInput{
		TableName: aws.String(r.table),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	if err != nil {
		return store.Profile{}, err
	}
	p := store.Profile{ID: id}
	if v, ok := out.Item["name"].(*types.AttributeValueMemberS); ok {
		p.Name = v.Value
	}
	return p, nil
}

func (r *Repo) PutProfile(ctx context.Context, p store.Profile) error {
	_, err := r.db().PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(r.table),
		Item: map[string]types.AttributeValue{
			"id":   &types.AttributeValueMemberS{Value: p.ID},
			"name": &types.AttributeValueMemberS{Value: p.Name},
		},
	})
	return err
}
