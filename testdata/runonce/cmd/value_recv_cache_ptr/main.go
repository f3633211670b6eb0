// Negative twin of value_recv_cache: the method has a pointer receiver
// (and the handler is a pointer), so the listing and the pattern are kept
// on the one checker main built, across invocations. A value receiver
// that reaches the cache through a pointer field shares it too.
package main

import (
	"context"
	"os"
	"regexp"
	"time"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"

	"example.com/cases/runonce/internal/ttlcache"
)

type checker struct {
	Assets ttlcache.Listing
	valid  *regexp.Regexp
}

func (c *checker) pattern() *regexp.Regexp {
	if c.valid == nil {
		c.valid = regexp.MustCompile(`^[a-z0-9/-]+\.png$`)
	}
	return c.valid
}

func (c *checker) Handle(ctx context.Context, key string) (bool, error) {
	keys, err := c.Assets.Keys(ctx)
	if err != nil {
		return false, err
	}
	return len(keys) > 0 && c.pattern().MatchString(key), nil
}

// shared reaches its listing through a pointer, and its pattern memo
// keeps the pattern behind one: every copy of shared points at the same.
type shared struct {
	assets *ttlcache.Listing
	memo   memo
}

type slot struct{ re *regexp.Regexp }

type memo struct{ s *slot }

func (m memo) pattern() *regexp.Regexp {
	if m.s.re == nil {
		m.s.re = regexp.MustCompile(`^[a-z]+$`)
	}
	return m.s.re
}

func (s shared) Handle(ctx context.Context, key string) (bool, error) {
	keys, err := s.assets.Keys(ctx)
	return len(keys) > 0 && s.memo.pattern().MatchString(key), err
}

func main() {
	c := &checker{Assets: ttlcache.Listing{Options: s3.Options{Region: os.Getenv("AWS_REGION")}, Bucket: os.Getenv("ASSETS"), TTL: time.Minute}}
	if os.Getenv("SHARED") != "" {
		s := shared{assets: &c.Assets, memo: memo{s: &slot{}}}
		lambda.Start(s.Handle)
	}
	lambda.Start(c.Handle)
}
