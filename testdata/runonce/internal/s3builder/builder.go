// Package s3builder assembles S3 clients for the other packages, the way a
// platform team's shared library does.
package s3builder

import (
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Builder collects the settings of an S3 client.
type Builder struct {
	cfg     aws.Config
	region  string
	timeout time.Duration
}

// New starts a builder from a loaded configuration.
func New(cfg aws.Config) *Builder {
	b := &Builder{cfg: cfg}
	b.timeout = 5 * time.Second
	return b
}

// Region sets the client's region.
func (b *Builder) Region(r string) *Builder {
	b.region = r
	return b
}

// Timeout sets the client's retry deadline.
func (b *Builder) Timeout(d time.Duration) *Builder {
	b.timeout = d
	return b
}

// Client builds the client.
func (b *Builder) Client() *s3.Client {
	return s3.NewFromConfig(b.cfg, func(o *s3.Options) {
		if b.region != "" {
			o.Region = b.region
		}
		o.RetryMaxAttempts = int(b.timeout / time.Second)
	})
}
