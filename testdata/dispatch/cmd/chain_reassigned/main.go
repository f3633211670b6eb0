// The handler variable is given a base handler, then the chain of
// middleware around it; the last value is registered.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/chainmw"
)

type event struct{ ID string }

func main() {
	h := chainmw.Base[event]()
	h = chainmw.Chain(h, chainmw.RequireID(func(e event) string { return e.ID }))
	lambda.Start(h)
}
