// A decorated handler, kept in a local, adapted by a value of another
// package whose Invoke calls it.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/typedwrap"
)

func main() {
	h := typedwrap.WithLog(typedwrap.Squeeze)
	lambda.StartHandler(typedwrap.JSON(h))
}
