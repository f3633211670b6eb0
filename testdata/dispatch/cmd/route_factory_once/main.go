// main registers the app's handler, found by its shape in its own package,
// which reports its routes; main does not report them again.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/formsapp"
)

func main() {
	app := formsapp.New()
	lambda.Start(app.Handle)
}
