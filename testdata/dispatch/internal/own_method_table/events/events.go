// Package events handles the kinds of an event bus, as methods of one
// processor that main puts in a table.
package events

import (
	"context"
	"encoding/json"
	"regexp"
	"sync"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Processor handles events.
type Processor struct {
	once  sync.Once
	queue *sqs.Client
}

// Forward builds its queue client on every event.
func (p *Processor) Forward(ctx context.Context, body json.RawMessage) error {
	cfg, err := config.LoadDefaultConfig(ctx) // EXPECT: config per forwarded event, through a method value in main's table
	if err != nil {
		return err
	}
	_ = sqs.NewFromConfig(cfg) // EXPECT: client per forwarded event, through a method value in main's table
	return nil
}

// Audit builds its queue client once per processor.
func (p *Processor) Audit(ctx context.Context, body json.RawMessage) error {
	p.once.Do(func() {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err == nil {
			p.queue = sqs.NewFromConfig(cfg)
		}
	})
	return nil
}

var ids = regexp.MustCompile(`^[a-z0-9-]+$`)

// Validate only reads a package-level pattern.
func (p *Processor) Validate(ctx context.Context, body json.RawMessage) error {
	_ = ids.Match(body)
	return nil
}
