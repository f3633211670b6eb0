// A request scope of this package caches its clients, but each invocation
// makes a new scope; the app made in main caches for real.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/redis/go-redis/v9"
)

type scope struct {
	rdb *redis.Client
	re  *regexp.Regexp
}

func (s *scope) cache() *redis.Client {
	if s.rdb == nil {
		s.rdb = redis.NewClient(&redis.Options{Addr: "cache:6379"}) // EXPECT: the scope is made on every invocation
	}
	return s.rdb
}

type app struct{ re *regexp.Regexp }

func (a *app) pattern() *regexp.Regexp {
	if a.re == nil {
		a.re = regexp.MustCompile(`^[a-z]+$`)
	}
	return a.re
}

func (a *app) handle(ctx context.Context, key string) (bool, error) {
	s := &scope{}
	if !a.pattern().MatchString(key) {
		return false, nil
	}
	n, err := s.cache().Exists(ctx, key).Result()
	return n > 0, err
}

func main() {
	a := &app{}
	lambda.Start(a.handle)
}
