// Package lazylocator builds the function's dependencies on first use,
// per Locator: the table client's getter asks the configuration's getter
// inside its own guard.
package lazylocator

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Locator holds what its getters built.
type Locator struct {
	cfg   *aws.Config
	table *dynamodb.Client
}

// Config loads the configuration on first use.
func (l *Locator) Config(ctx context.Context) (aws.Config, error) {
	if l.cfg == nil {
		c, err := config.LoadDefaultConfig(ctx) // EXPECT: a locator made per invocation loads it again (lazy_locator)
		if err != nil {
			return aws.Config{}, err
		}
		l.cfg = &c
	}
	return *l.cfg, nil
}

// Table builds the table client on first use, from Config.
func (l *Locator) Table(ctx context.Context) (*dynamodb.Client, error) {
	if l.table == nil {
		cfg, err := l.Config(ctx)
		if err != nil {
			return nil, err
		}
		l.table = dynamodb.NewFromConfig(cfg) // EXPECT: and builds the client again (lazy_locator)
	}
	return l.table, nil
}
