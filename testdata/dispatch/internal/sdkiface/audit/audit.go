// Package audit writes through a recorder of its own, which may keep what
// it is given: not the SDK's client.
package audit

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Recorder keeps the inputs it is given until Flush.
type Recorder interface {
	Record(ctx context.Context, in *dynamodb.PutItemInput) error
}

// Log records each deletion.
type Log struct {
	rec   Recorder
	table string
}

// New is called once, from main.
func New(rec Recorder, table string) *Log { return &Log{rec: rec, table: table} }

// Deleted records the deletion; the input goes to the recorder, which
// keeps it, so a shared one would be kept again and again.
func (l *Log) Deleted(ctx context.Context) error {
	return l.rec.Record(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(l.table),
		Item:      map[string]types.AttributeValue{"kind": &types.AttributeValueMemberS{Value: "deleted"}},
	})
}

// Batch is a Recorder that keeps the inputs it is given.
type Batch struct{ pending []*dynamodb.PutItemInput }

// Record keeps in.
func (b *Batch) Record(_ context.Context, in *dynamodb.PutItemInput) error {
	b.pending = append(b.pending, in)
	return nil
}
