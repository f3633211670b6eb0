// A generic runner type, instantiated with a job type in main, makes a
// job on every call and runs it.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/gencons"
	"example.com/cases/dispatch/internal/genconscached"
)

func main() {
	r := gencons.Runner[genconscached.Cleanup]{Name: "cleanup"}
	lambda.Start(r.Handle)
}
