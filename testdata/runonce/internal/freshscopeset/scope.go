// Package freshscopeset is a per-request scope with a lazily built client.
package freshscopeset

import "github.com/aws/aws-sdk-go-v2/service/sns"

// Scope holds what one request uses.
type Scope struct {
	Trace string
	T     *sns.Client
}

// New starts a scope.
func New() *Scope { return &Scope{} }

// Topic builds the client on first use.
func (s *Scope) Topic() *sns.Client {
	if s.T == nil {
		s.T = sns.New(sns.Options{Region: "eu-west-1"}) // the handler sets T first
	}
	return s.T
}
