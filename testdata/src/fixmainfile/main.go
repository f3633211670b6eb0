// Package fixmainfile reads a value main sets before lambda.Start, from a
// handler in another file of the package: the fix edits that file only, so
// the code cannot land in main; it runs once, at the first invocation,
// after main set the value.
package main

import (
	"flag"

	"github.com/aws/aws-lambda-go/lambda"
)

var region = "us-east-1"

func main() {
	flag.StringVar(&region, "region", region, "AWS region")
	flag.Parse()
	lambda.Start(handler)
}
