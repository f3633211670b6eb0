// Package signer signs links with a key kept in Secrets Manager, cached on
// the signer behind an atomic pointer for a few minutes.
package signer

import (
	"context"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

type key struct {
	material string
	loaded   time.Time
}

// Signer keeps its key for five minutes.
type Signer struct {
	client   *sqs.Client
	queueURL string
	cached   atomic.Pointer[key]
}

// New returns a signer reading its key from queueURL.
func New(client *sqs.Client, queueURL string) *Signer {
	return &Signer{client: client, queueURL: queueURL}
}

func (s *Signer) current(ctx context.Context) (*key, error) {
	if k := s.cached.Load(); k != nil && time.Since(k.loaded) < 5*time.Minute {
		return k, nil
	}
	out, err := s.client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(s.queueURL)}) // EXPECT: the cache lives on a signer built per request
	if err != nil {
		return nil, err
	}
	k := &key{material: out.Attributes["Policy"], loaded: time.Now()}
	s.cached.Store(k)
	return k, nil
}

// Sign implements port.URLSigner.
func (s *Signer) Sign(ctx context.Context, documentID string) (string, error) {
	k, err := s.current(ctx)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("/documents/%s?sig=%x", documentID, len(k.material)), nil
}

// Keyed is a signer meant to be made once, in main, and shared by every
// request: its key cache then lasts across invocations.
type Keyed struct {
	client   *sqs.Client
	queueURL string
	cached   atomic.Pointer[key]
}

// NewKeyed returns a shared signer.
func NewKeyed(client *sqs.Client, queueURL string) *Keyed {
	return &Keyed{client: client, queueURL: queueURL}
}

// Sign implements port.URLSigner.
func (s *Keyed) Sign(ctx context.Context, documentID string) (string, error) {
	k := s.cached.Load()
	if k == nil || time.Since(k.loaded) >= 5*time.Minute {
		out, err := s.client.GetQueueAttributes(ctx, &sqs.GetQueueAttributesInput{QueueUrl: aws.String(s.queueURL)})
		if err != nil {
			return "", err
		}
		k = &key{material: out.Attributes["Policy"], loaded: time.Now()}
		s.cached.Store(k)
	}
	return fmt.Sprintf("/documents/%s?sig=%x", documentID, len(k.material)), nil
}
