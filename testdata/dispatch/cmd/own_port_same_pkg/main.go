// main registers a handler whose port and adapter live in its package.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/ownport"
)

func main() { lambda.Start(ownport.New(os.Getenv("TABLE")).Handle) }
