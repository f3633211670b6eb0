// Operations picked from a table of method expressions, called with the
// service as their first argument.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/ops"
)

type request struct{ Op, Key string }

var table = map[string]func(*ops.Svc, context.Context, string) (bool, error){
	"validate": (*ops.Svc).Validate,
}

func main() {
	svc := ops.New()
	lambda.Start(func(ctx context.Context, req request) (bool, error) {
		op, ok := table[req.Op]
		if !ok {
			return false, nil
		}
		return op(svc, ctx, req.Key)
	})
}
