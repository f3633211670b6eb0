// Positive: main applies a slice of another package's middlewares to a
// handler of the team's own event type in a loop (h = m(h)) and registers
// the result: what runs is a function value no name reaches, resolved by
// its type among the functions the program takes.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/mwslice/chain"
	"example.com/cases/dispatch/internal/mwslice/worker"
)

func main() {
	var h chain.Handler = worker.Accept
	for _, m := range []chain.Middleware{chain.Trim, chain.Mask} {
		h = m(h)
	}
	lambda.Start(h)
}
