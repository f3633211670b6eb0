// Package litrepo is a repository whose client comes from a factory its
// users give it: to a generic constructor, through an option, or through
// a setter. Its methods call the factory each time they need a client.
package litrepo

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// ClientFunc supplies the DynamoDB client a repository talks to.
type ClientFunc func() *dynamodb.Client

// Table is a generic repository over one table.
type Table[T any] struct {
	name   string
	client ClientFunc
}

// NewTable keeps the factory.
func NewTable[T any](name string, client ClientFunc) *Table[T] {
	return &Table[T]{name: name, client: client}
}

// Has reports whether the item with the key id is there.
func (t *Table[T]) Has(ctx context.Context, id string) (bool, error) {
	out, err := t.client().GetItem(ctx, &dynamodb.GetItemInput{
		TableName: &t.name,
		Key:       map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: id}},
	})
	if err != nil {
		return false, err
	}
	return out.Item != nil, nil
}

// Memo wraps a factory so that it runs once.
func Memo(f ClientFunc) ClientFunc { return sync.OnceValue(f) }

// Store keeps objects; its S3 client comes from an option or a setter.
type Store struct {
	bucket string
	newS3  func() *s3.Client
}

// Option configures a Store.
type Option func(*Store)

// WithS3 sets the factory of the store's client.
func WithS3(f func() *s3.Client) Option { return func(s *Store) { s.newS3 = f } }

// NewStore applies the options.
func NewStore(bucket string, opts ...Option) *Store {
	s := &Store{bucket: bucket}
	for _, o := range opts {
		o(s)
	}
	return s
}

// UseS3 replaces the factory.
func (s *Store) UseS3(f func() *s3.Client) { s.newS3 = f }

// Exists asks whether the object is there.
func (s *Store) Exists(ctx context.Context, key string) bool {
	_, err := s.newS3().HeadObject(ctx, &s3.HeadObjectInput{Bucket: &s.bucket, Key: &key})
	return err == nil
}
