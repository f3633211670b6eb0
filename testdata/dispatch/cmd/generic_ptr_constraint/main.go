// A generic parser of another package decodes into a value it makes,
// through a pointer constraint: the type argument's pointer method runs.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/gencons"
	"example.com/cases/dispatch/internal/genconsjobs"
)

type request struct {
	Invoice string `json:"invoice"`
}

func main() {
	lambda.Start(func(ctx context.Context, r request) (string, error) {
		inv, err := gencons.Parse[genconsjobs.Invoice]([]byte(r.Invoice))
		return inv.Number, err
	})
}
