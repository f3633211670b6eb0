// Package catalog reads the product table. Its inputs are built by small
// methods the handlers call, as teams write them to keep call sites short.
package catalog

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Store holds the client and the table main gives it.
type Store struct {
	DB    *dynamodb.Client
	table string
}

// New is called once, from main.
func New(db *dynamodb.Client, table string) *Store { return &Store{DB: db, table: table} }

// ScanInput lists the whole table: the same input for the same store.
func (s *Store) ScanInput() *dynamodb.ScanInput {
	return &dynamodb.ScanInput{TableName: aws.String(s.table), Limit: aws.Int32(100)} // EXPECT: returned to a handler that hands it to Scan
}

// GetInput reads one product: its key is the caller's.
func (s *Store) GetInput(id string) *dynamodb.GetItemInput {
	return &dynamodb.GetItemInput{
		TableName: aws.String(s.table),
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	}
}

// DescribeInput describes the table the environment names, through one
// more function that returns it in turn.
func DescribeInput() *dynamodb.DescribeTableInput { return describe(os.Getenv("AUDIT_TABLE")) }

func describe(table string) *dynamodb.DescribeTableInput {
	return &dynamodb.DescribeTableInput{TableName: aws.String(table)} // EXPECT: returned twice, to a handler that hands it to DescribeTable
}

// Count counts the products, paging with the input ScanInput returns.
func (s *Store) Count(ctx context.Context) (int, error) {
	in := s.ScanInput()
	n := 0
	for {
		out, err := s.DB.Scan(ctx, in)
		if err != nil {
			return 0, err
		}
		n += int(out.Count)
		if out.LastEvaluatedKey == nil {
			return n, nil
		}
		in.ExclusiveStartKey = out.LastEvaluatedKey // the input is changed: not the same
	}
}
