// Package statestore keeps its state in one DynamoDB item: its methods
// change the state and the paging cursor they hold, never the table name
// they were built with.
package statestore

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Store is built once, in main.
type Store struct {
	mu     sync.Mutex
	client *dynamodb.Client
	table  string
	state  map[string]string
	cursor map[string]types.AttributeValue
}

// New keeps the client and the table name.
func New(client *dynamodb.Client, table string) *Store {
	return &Store{client: client, table: table}
}

func boolPtr(v bool) *bool { return &v }

// Login reloads the state, then records the user in it.
func (s *Store) Login(user string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.load(); err != nil {
		return err
	}
	record(&s.state, user)
	return nil
}

func (s *Store) load() error {
	out, err := s.client.GetItem(context.Background(), &dynamodb.GetItemInput{ // EXPECT: built per login from the table name the store was built with, which no method changes
		TableName:      &s.table,
		Key:            map[string]types.AttributeValue{"PK": &types.AttributeValueMemberS{Value: "state"}},
		ConsistentRead: boolPtr(true),
	})
	if err != nil {
		return err
	}
	s.state = map[string]string{}
	for k, v := range out.Item {
		if sv, ok := v.(*types.AttributeValueMemberS); ok {
			s.state[k] = sv.Value
		}
	}
	return nil
}

// Page scans the next page from where the last one ended: the cursor
// its input carries changes on every call.
func (s *Store) Page() error {
	out, err := s.client.Scan(context.Background(), &dynamodb.ScanInput{ // varies: ExclusiveStartKey is the cursor the last page left
		TableName:         &s.table,
		ExclusiveStartKey: s.cursor,
	})
	if err != nil {
		return err
	}
	s.cursor = out.LastEvaluatedKey
	return nil
}

func record(state *map[string]string, user string) {
	if *state == nil {
		*state = map[string]string{}
	}
	(*state)["last"] = user
}
