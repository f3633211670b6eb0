// main registers filejobs.RenderBundled.
package main

import (
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/filejobs"
)

func main() { lambda.Start(filejobs.RenderBundled) }
