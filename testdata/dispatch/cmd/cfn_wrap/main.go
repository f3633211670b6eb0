// Positive and negative: a library's wrapper outside the module
// (cfn.LambdaWrap) runs the function it is given on every invocation: the
// resource function's client is reported; NewShared's pattern, compiled
// in its factory's body, is not.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/cfn"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/cfnwrap/resource"
)

func main() {
	if os.Getenv("SHARED") != "" {
		lambda.Start(cfn.LambdaWrap(resource.NewShared()))
		return
	}
	lambda.Start(cfn.LambdaWrap(resource.New()))
}
