// Package ops implements admin operations.
package ops

import (
	"context"
	"regexp"
)

// Svc checks keys.
type Svc struct{ keyRE *regexp.Regexp }

// New builds the service with its pattern compiled once.
func New() *Svc { return &Svc{keyRE: regexp.MustCompile(`^[a-z]{3,}$`)} }

// Validate compiles its pattern on every call.
func (s *Svc) Validate(ctx context.Context, key string) (bool, error) {
	re := regexp.MustCompile(`^[a-z][a-z0-9_]{2,63}$`) // EXPECT: a method run through a table of method expressions
	return re.MatchString(key), nil
}

// Check uses the pattern compiled by New.
func (s *Svc) Check(ctx context.Context, key string) (bool, error) {
	return s.keyRE.MatchString(key), nil
}
