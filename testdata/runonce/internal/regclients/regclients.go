// Package regclients is a registry of clients built on first use behind a
// double-checked lock, sharing one configuration a helper loads lazily.
package regclients

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

var (
	mu  sync.RWMutex
	cfg *aws.Config
	db  *dynamodb.Client
)

// loadLocked loads the configuration once; mu is held.
func loadLocked(ctx context.Context) (aws.Config, error) {
	if cfg == nil {
		c, err := config.LoadDefaultConfig(ctx) // EXPECT: Reset clears it after every invocation (nested_reset)
		if err != nil {
			return aws.Config{}, err
		}
		cfg = &c
	}
	return *cfg, nil
}

// DB returns the table client, checked under the read lock first.
func DB(ctx context.Context) (*dynamodb.Client, error) {
	mu.RLock()
	c := db
	mu.RUnlock()
	if c != nil {
		return c, nil
	}
	mu.Lock()
	defer mu.Unlock()
	if db == nil {
		conf, err := loadLocked(ctx)
		if err != nil {
			return nil, err
		}
		db = dynamodb.NewFromConfig(conf) // EXPECT: built from the reloaded configuration on every invocation (nested_reset)
	}
	return db, nil
}

// Reset drops the configuration and the client.
func Reset() {
	mu.Lock()
	cfg, db = nil, nil
	mu.Unlock()
}

// ResetClient drops the client only: the configuration stays loaded.
func ResetClient() {
	mu.Lock()
	db = nil
	mu.Unlock()
}
