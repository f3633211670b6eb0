// Package scopedclients caches clients by a key its callers choose.
package scopedclients

import (
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

var scoped sync.Map

// For returns the client kept under key, building it on a miss.
func For(key string) *s3.Client {
	if v, ok := scoped.Load(key); ok {
		return v.(*s3.Client)
	}
	c := s3.New(s3.Options{Region: "eu-west-1"}) // EXPECT: the handler looks the client up by the request ID, new on every invocation
	scoped.Store(key, c)
	return c
}
