// Package repo talks to DynamoDB through an interface that stands for the
// SDK client (so that tests can give it a fake): the program gives it the
// SDK's client.
package repo

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type tableAPI interface {
	DescribeTable(ctx context.Context, in *dynamodb.DescribeTableInput, optFns ...func(*dynamodb.Options)) (*dynamodb.DescribeTableOutput, error)
	DeleteItem(ctx context.Context, in *dynamodb.DeleteItemInput, optFns ...func(*dynamodb.Options)) (*dynamodb.DeleteItemOutput, error)
}

// Repo deletes items of one table.
type Repo struct {
	db    tableAPI
	table string
}

// New is called once, from main.
func New(db tableAPI, table string) *Repo { return &Repo{db: db, table: table} }

// Delete checks the table is there, then deletes the item.
func (r *Repo) Delete(ctx context.Context, id string) error {
	if _, err := r.db.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(r.table)}); err != nil { // EXPECT: an operation input through an interface shaped like the SDK client, from the table main gave
		return err
	}
	_, err := r.db.DeleteItem(ctx, &dynamodb.DeleteItemInput{
		TableName: aws.String(r.table),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	return err
}
