// Command counter builds its store through a constructor of its own, and
// the store counts what one invocation saves. Built once and shared, the
// count would carry over from one invocation to the next (and race under
// concurrent invocations): lambdainit reports the constructor's call and
// leaves it where it is.
package main

import (
	"context"
	"fmt"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

type store struct {
	db    *s3.Client
	saved int
}

func newStore(ctx context.Context) (*store, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return &store{db: s3.NewFromConfig(cfg)}, nil
}

func (s *store) save() { s.saved++ }

func handler(ctx context.Context, e map[string]string) (string, error) {
	s, err := newStore(ctx)
	if err != nil {
		return "", err
	}
	s.save()
	return fmt.Sprintf("saved %d", s.saved), nil
}

func main() { lambda.Start(handler) }
