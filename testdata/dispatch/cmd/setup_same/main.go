// The handler calls another package's Setup, and a method of what it set
// up, at the start of every invocation. They give package variables the
// same value on every write (the SDK configuration loaded again, options
// from a helper returning constants) and build clients from them: those
// clients are the same on every invocation, so they are Init work.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/samesetup/api"
)

type request struct{ ID string }

func handle(ctx context.Context, req request) (string, error) {
	api.Setup()
	out, err := api.Get(ctx, req.ID)
	if err != nil {
		return "", err
	}
	_ = (&api.Table{}).Queue()
	return string(rune(len(out.Item))), nil
}

func main() {
	lambda.Start(handle)
}
