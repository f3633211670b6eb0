// Package lazystate keeps the SDK configuration in a struct of its own,
// loaded under a mutex the first time it is asked for.
package lazystate

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var state struct {
	mu  sync.Mutex
	cfg *aws.Config
}

// Config loads the configuration once.
func Config(ctx context.Context) (aws.Config, error) {
	state.mu.Lock()
	defer state.mu.Unlock()
	if state.cfg == nil {
		c, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return aws.Config{}, err
		}
		state.cfg = &c
	}
	return *state.cfg, nil
}

// Bucket builds a client from the kept configuration, on every call.
func Bucket(ctx context.Context) (*s3.Client, error) {
	c, err := Config(ctx)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(c), nil // EXPECT: a client built on every call from the configuration Config keeps
}

var loaded atomic.Pointer[aws.Config]

// Loaded loads the configuration once, kept in an atomic pointer.
func Loaded(ctx context.Context) (aws.Config, error) {
	if p := loaded.Load(); p != nil {
		return *p, nil
	}
	c, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return aws.Config{}, err
	}
	loaded.Store(&c)
	return c, nil
}

// Registry keeps a configuration per value; Default is the program's.
type Registry struct {
	mu  sync.Mutex
	cfg *aws.Config
}

// Default is the registry the program shares.
var Default = &Registry{}

// Config loads the registry's configuration once.
func (r *Registry) Config(ctx context.Context) (aws.Config, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cfg == nil {
		c, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return aws.Config{}, err
		}
		r.cfg = &c
	}
	return *r.cfg, nil
}

// Table builds a DynamoDB client from what Loaded keeps.
func Table(ctx context.Context) (*dynamodb.Client, error) {
	c, err := Loaded(ctx)
	if err != nil {
		return nil, err
	}
	return dynamodb.NewFromConfig(c), nil // EXPECT: a client built on every call from the configuration an atomic pointer keeps
}
