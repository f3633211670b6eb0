// Command cmd registers lazyfn's handler after setting its pattern.
package main

import (
	"os"

	"example.com/realdeps/lazyfn"
	"github.com/aws/aws-lambda-go/lambda"
)

func main() {
	lazyfn.Pattern = os.Getenv("PATTERN")
	lambda.Start(lazyfn.Handle)
}
