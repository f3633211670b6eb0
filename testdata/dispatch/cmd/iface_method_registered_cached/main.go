// The same registration of the implementation that sets its client up
// once, in a sync.Once it holds.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/portreg/apiimpl"
)

func main() {
	h := apiimpl.NewCached()
	lambda.Start(h.Create)
}
