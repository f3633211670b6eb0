// A generic function of another package calls a method of the zero value
// of its type argument, named only in the instantiation.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/gencons"
	"example.com/cases/dispatch/internal/genconsjobs"
)

type request struct {
	Key string `json:"key"`
}

func handle(ctx context.Context, r request) (string, error) {
	return gencons.Fetch[genconsjobs.Params](ctx, r.Key)
}

func main() {
	lambda.Start(handle)
}
