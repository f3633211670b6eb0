// Package atomcache keeps an S3 client in an atomic pointer, built on
// first use; Release drops it.
package atomcache

import (
	"sync/atomic"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var (
	cfg     aws.Config
	current atomic.Pointer[s3.Client]
)

// Init records the configuration main loaded.
func Init(c aws.Config) { cfg = c }

// Client returns the shared client, building it on first use.
func Client() *s3.Client {
	if c := current.Load(); c != nil {
		return c
	}
	c := s3.NewFromConfig(cfg) // EXPECT: the handler releases the client on every invocation, so the guard never keeps it
	if current.CompareAndSwap(nil, c) {
		return c
	}
	return current.Load()
}

// Release drops the shared client.
func Release() { current.Store(nil) }
