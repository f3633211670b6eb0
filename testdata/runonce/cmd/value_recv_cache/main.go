// Caches kept on a copy: the handler's method has a value receiver, so
// each invocation works on a copy of the handler, and what the cache of
// its field (another package's Listing) or its own lazy pattern keeps is
// gone when the invocation ends. The client and the input are built on
// every invocation (reported at the call), and so is the pattern.
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
		c.valid = regexp.MustCompile(`^[a-z0-9/-]+\.png$`) // EXPECT: kept on the copy the value receiver gets
	}
	return c.valid
}

func (c checker) Handle(ctx context.Context, key string) (bool, error) {
	keys, err := c.Assets.Keys(ctx) // EXPECT: the listing's client and input, kept on a copy
	if err != nil {
		return false, err
	}
	if !c.pattern().MatchString(key) {
		return false, nil
	}
	for _, k := range keys {
		if k == key {
			return true, nil
		}
	}
	return false, nil
}

func main() {
	c := checker{Assets: ttlcache.Listing{Options: s3.Options{Region: os.Getenv("AWS_REGION")}, Bucket: os.Getenv("ASSETS"), TTL: time.Minute}}
	lambda.Start(c.Handle)
}
