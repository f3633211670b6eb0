// A decorated handler, kept in a local, stored in a field an app runs.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/typedwrap"
)

func main() {
	h := typedwrap.WithLog(typedwrap.Squeeze)
	app := &typedwrap.App{Run: h}
	lambda.Start(app.Handle)
}
