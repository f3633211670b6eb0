// main registers a handler whose open port main resolves.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/openport"
)

func main() { lambda.Start(openport.New(os.Getenv("TABLE")).Handle) }
