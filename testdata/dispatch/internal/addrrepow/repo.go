// Package addrrepow is a table repository whose inputs point at the table
// name it holds.
package addrrepow

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Repo reads and writes one table.
type Repo struct {
	Table string
	db    *dynamodb.Client
}

// New keeps the table's name and client.
func New(table string, db *dynamodb.Client) *Repo { return &Repo{Table: table, db: db} }

// Save puts an item, in the table the item names when it names one:
// normalize writes the repository's table name through the pointer.
func (r *Repo) Save(ctx context.Context, item map[string]types.AttributeValue) error {
	if t, ok := item["table"].(*types.AttributeValueMemberS); ok {
		normalize(&r.Table, t.Value)
	}
	_, err := r.db.PutItem(ctx, &dynamodb.PutItemInput{TableName: &r.Table, Item: item})
	return err
}

// All scans the table.
func (r *Repo) All(ctx context.Context) (int32, error) {
	out, err := r.db.Scan(ctx, &dynamodb.ScanInput{TableName: &r.Table}) // Save renames the table first
	if err != nil {
		return 0, err
	}
	return out.Count, nil
}

func normalize(dst *string, name string) {
	if name != "" {
		*dst = name
	}
}
