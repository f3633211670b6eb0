// Negative: the handler changes what the getter returns (Region.Use) before
// it builds its client from it, so the client is not the same on every
// invocation.
package main

import (
	"os"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/getters/regional"
)

func main() {
	lambda.Start(regional.New(os.Getenv("HOME_REGION")).Handle)
}
