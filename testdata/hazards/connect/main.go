// Command connect opens its database with gorm, which pings it, and
// answers "degraded" when it cannot: the failure of one invocation.
// Moved to init with log.Fatalf, an unreachable database would stop the
// function at Init, so lambdainit lands the open lazily, in a function the
// handler calls until it succeeds, and keeps the handler's own answer.
package main

import (
	"context"
	"errors"

	"github.com/aws/aws-lambda-go/lambda"
	"gorm.io/gorm"
)

func handler(ctx context.Context, e map[string]string) (string, error) {
	db, err := gorm.Open(unreachable{}, &gorm.Config{})
	if err != nil {
		return "degraded", nil
	}
	_ = db
	return "ok", nil
}

func main() { lambda.Start(handler) }

// unreachable is a gorm dialector whose database never answers.
type unreachable struct{ gorm.Dialector }

func (unreachable) Name() string              { return "unreachable" }
func (unreachable) Initialize(*gorm.DB) error { return errors.New("dial tcp: connection refused") }
