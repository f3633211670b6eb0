// Package aws is a stub of github.com/aws/aws-sdk-go-v2/aws.
package aws

import "github.com/aws/smithy-go/middleware"

type Config struct {
	Region      string
	Credentials CredentialsProvider
	APIOptions  []func(*middleware.Stack) error
}

type CredentialsProvider interface{}

func (c Config) Copy() Config { return c }

func String(v string) *string { return &v }
func Int32(v int32) *int32    { return &v }
func Int64(v int64) *int64    { return &v }
func Bool(v bool) *bool       { return &v }
func ToString(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}
