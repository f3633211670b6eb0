// Negative: the same loop over middlewares that build what they need when
// they wrap (MaskOnce compiles its pattern once, where main applies it).
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/mwslice/chain"
	"example.com/cases/dispatch/internal/mwslice/worker"
)

func main() {
	chainOf := []chain.Middleware{chain.MaskOnce, chain.Trim}
	h := chain.Handler(worker.Accept)
	for i := len(chainOf) - 1; i >= 0; i-- {
		h = chainOf[i](h)
	}
	lambda.Start(h)
}
