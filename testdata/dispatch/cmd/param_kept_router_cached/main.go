// An action handed to a router's method, which hands it on to a method of
// its table, which keeps it in a map: the router's method value is the
// handler.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/busjobscached"
	"example.com/cases/dispatch/internal/busreg"
)

func main() {
	r := busreg.NewRouter()
	r.Handle("slug", busjobscached.Slug)
	lambda.Start(r.Run)
}
