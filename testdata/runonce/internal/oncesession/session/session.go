// Package session bundles the lazily built resources of one run: a
// sync.Once field loads the configuration once per Session value.
package session

import (
	"context"
	"sync"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

// Session loads the SDK configuration at most once.
type Session struct {
	once sync.Once
	cfg  aws.Config
	err  error
}

// Config returns the configuration, loaded on the first call.
func (s *Session) Config(ctx context.Context) (aws.Config, error) {
	s.once.Do(func() {
		s.cfg, s.err = config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // EXPECT: the Session is made per invocation, so its Once runs every time
	})
	return s.cfg, s.err
}

// Regional is a session whose region a caller may point elsewhere.
type Regional struct {
	once   sync.Once
	cfg    aws.Config
	region string
}

// Config returns the configuration, for the region last set.
func (r *Regional) Config(ctx context.Context) aws.Config {
	r.once.Do(func() {
		r.cfg, _ = config.LoadDefaultConfig(ctx) // EXPECT: made per invocation too
	})
	c := r.cfg.Copy()
	c.Region = r.region
	return c
}

// Retarget points the session at another region.
func (r *Regional) Retarget(region string) { r.region = region }
