// Package flagcache keeps clients in the fields of one package variable,
// each behind a flag of its own.
package flagcache

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var clients struct {
	mu           sync.Mutex
	cfg          aws.Config
	cfgReady     bool
	primary      *s3.Client
	primaryReady bool
	archive      *s3.Client
	archiveReady bool
}

func baseConfig(ctx context.Context) (aws.Config, error) {
	clients.mu.Lock()
	defer clients.mu.Unlock()
	if !clients.cfgReady {
		c, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return aws.Config{}, err
		}
		clients.cfg = c
		clients.cfgReady = true
	}
	return clients.cfg, nil
}

// Primary builds its client once: it sets the flag it checks.
func Primary(ctx context.Context) (*s3.Client, error) {
	c, err := baseConfig(ctx)
	if err != nil {
		return nil, err
	}
	clients.mu.Lock()
	defer clients.mu.Unlock()
	if !clients.primaryReady {
		clients.primary = s3.NewFromConfig(c)
		clients.primaryReady = true
	}
	return clients.primary, nil
}

// Archive checks a flag it never sets: it builds its client on every
// call.
func Archive(ctx context.Context) (*s3.Client, error) {
	c, err := baseConfig(ctx)
	if err != nil {
		return nil, err
	}
	clients.mu.Lock()
	defer clients.mu.Unlock()
	if !clients.archiveReady {
		clients.archive = s3.NewFromConfig(c, func(o *s3.Options) { o.Region = "us-west-2" }) // EXPECT: the flag checked is never set
	}
	return clients.archive, nil
}
