// Negative twin of repo_put_guard: the early return reads a cache of
// patterns, and the path after it stores the compiled pattern into that
// cache with its Put, which writes the cache (a method of the module that
// writes its receiver): compiled once.
package main

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/projrepo"
)

type syncer struct{ patterns *projrepo.Patterns }

func (s *syncer) pattern() *regexp.Regexp {
	if re := s.patterns.Get("user"); re != nil {
		return re
	}
	re := regexp.MustCompile(`^usr_[0-9a-f]{8}$`)
	s.patterns.Put("user", re)
	return re
}

func (s *syncer) handle(ctx context.Context, ev events.DynamoDBEvent) error {
	id := s.pattern()
	for _, r := range ev.Records {
		_ = id.MatchString(r.Change.Keys["pk"].String())
	}
	return nil
}

func main() {
	s := &syncer{patterns: &projrepo.Patterns{}}
	lambda.Start(s.handle)
}
