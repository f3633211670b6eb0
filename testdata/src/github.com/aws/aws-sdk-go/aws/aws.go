// Package aws is a stub of github.com/aws/aws-sdk-go/aws.
package aws

type Config struct {
	Region *string
}

func NewConfig() *Config                      { return &Config{} }
func (c *Config) WithRegion(r string) *Config { c.Region = &r; return c }

func String(v string) *string { return &v }
func Int64(v int64) *int64    { return &v }
func Bool(v bool) *bool       { return &v }

type Context interface {
	Done() <-chan struct{}
	Err() error
	Value(key interface{}) interface{}
}
