// Package notify announces documents on a queue; its client is made on
// first use and kept on the notifier.
package notify

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Queue is a notifier whose client is made lazily.
type Queue struct {
	cfg aws.Config
	url string

	mu     sync.Mutex
	client *sqs.Client
}

// NewQueue returns a notifier for url.
func NewQueue(cfg aws.Config, url string) *Queue { return &Queue{cfg: cfg, url: url} }

func (q *Queue) conn() *sqs.Client {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.client == nil {
		q.client = sqs.NewFromConfig(q.cfg) // EXPECT: kept on a notifier the handler makes per invocation
	}
	return q.client
}

// Notify implements port.Notifier.
func (q *Queue) Notify(ctx context.Context, documentID string) error {
	_, err := q.conn().SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(q.url), MessageBody: aws.String(documentID)})
	return err
}

// Regional is a notifier for the queue of one region, whose client is
// made lazily for that region.
type Regional struct {
	cfg    aws.Config
	region string
	url    string
	client *sqs.Client
}

// NewRegional returns a notifier for the queue url in region.
func NewRegional(cfg aws.Config, region, url string) *Regional {
	return &Regional{cfg: cfg, region: region, url: url}
}

// Notify implements port.Notifier.
func (r *Regional) Notify(ctx context.Context, documentID string) error {
	if r.client == nil {
		r.client = sqs.NewFromConfig(r.cfg, func(o *sqs.Options) { o.Region = r.region })
	}
	_, err := r.client.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(r.url), MessageBody: aws.String(documentID)})
	return err
}

// Pool keeps one client for every notifier that refers to it.
type Pool struct {
	cfg    aws.Config
	mu     sync.Mutex
	client *sqs.Client
}

// NewPool returns a pool for cfg.
func NewPool(cfg aws.Config) *Pool { return &Pool{cfg: cfg} }

func (p *Pool) get() *sqs.Client {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.client == nil {
		p.client = sqs.NewFromConfig(p.cfg)
	}
	return p.client
}

// Pooled is a cheap notifier: its client is the pool's.
type Pooled struct {
	pool *Pool
	url  string
}

// NewPooled returns a notifier for url using pool's client.
func NewPooled(pool *Pool, url string) *Pooled { return &Pooled{pool: pool, url: url} }

// Notify implements port.Notifier.
func (n *Pooled) Notify(ctx context.Context, documentID string) error {
	_, err := n.pool.get().SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String(n.url), MessageBody: aws.String(documentID)})
	return err
}
