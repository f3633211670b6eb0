// Package cache keeps a DynamoDB client and the table's description behind
// a mutex and a nil check; Reset drops them, Forget drops only the
// per-invocation notes.
package cache

import (
	"context"
	"os"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var (
	mu     sync.Mutex
	client *dynamodb.Client
	items  int64
	notes  []string
)

// Table returns the cached client and the item count it saw when built.
func Table(ctx context.Context) (*dynamodb.Client, int64, error) {
	mu.Lock()
	defer mu.Unlock()
	if client == nil {
		c := dynamodb.New(dynamodb.Options{Region: "eu-west-1"})                                                  // EXPECT: cleared by Reset, which the handler defers: built on every invocation
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(os.Getenv("TABLE"))}) // EXPECT: the description's input, on the same guarded path, rebuilt on every invocation too
		if err != nil {
			return nil, 0, err
		}
		client, items = c, aws.ToInt64(out.Table.ItemCount)
	}
	return client, items, nil
}

// Note records something about the invocation.
func Note(s string) {
	mu.Lock()
	defer mu.Unlock()
	notes = append(notes, s)
}

// Reset drops everything, the client included.
func Reset() {
	mu.Lock()
	defer mu.Unlock()
	client, items, notes = nil, 0, nil
}

// Forget drops the notes and keeps the client.
func Forget() {
	mu.Lock()
	defer mu.Unlock()
	notes = nil
}
