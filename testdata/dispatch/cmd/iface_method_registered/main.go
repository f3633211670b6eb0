// main registers a method value of the port a constructor returns: what
// runs is the method of the implementation the program builds.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/portreg/apiimpl"
)

func main() {
	h := apiimpl.New()
	lambda.Start(h.Create)
}
