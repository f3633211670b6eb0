// Package store checks its table.
package store

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

const table = "orders"

// Store reads a table with the client it is given.
type Store struct {
	DB    *dynamodb.Client
	Table string
}

// Ready describes the orders table with an input of constants.
func (s *Store) Ready(ctx context.Context) error {
	_, err := s.DB.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(table)}) // EXPECT: a constant input built in another package's method
	return err
}

// ReadyTable describes the store's own table, which main gives the store
// once: the same input on every invocation.
func (s *Store) ReadyTable(ctx context.Context) error {
	_, err := s.DB.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(s.Table)}) // EXPECT: the table the store was built with in main: the same input on every invocation
	return err
}
