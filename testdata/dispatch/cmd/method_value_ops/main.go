// Negative: a table of method values bound to the service main builds;
// the one wired in uses the pattern New compiled.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/ops"
)

type request struct{ Op, Key string }

func main() {
	svc := ops.New()
	table := map[string]func(context.Context, string) (bool, error){
		"check": svc.Check,
	}
	lambda.Start(func(ctx context.Context, req request) (bool, error) {
		op, ok := table[req.Op]
		if !ok {
			return false, nil
		}
		return op(ctx, req.Key)
	})
}
