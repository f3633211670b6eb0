// Package fiximports registers handlers in files with a single import
// declaration without parentheses. A fix adds the imports it needs as
// declarations of their own, one insertion per import, and rewrites no
// import declaration: another fix may add to the same file, and drivers
// apply any subset. other's fix shares handle's config, so it carries the
// same edits to handler.go as handle's fix.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

var bg = context.Background()

func main() {
	lambda.Start(handle)
	lambda.Start(other)
}
