// A module named without a dot (go mod init hello-lambda): its packages
// are the user's, not the standard library, so the handler's call of
// another package is followed there, and reported at the call.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"hello-lambda/internal/store"
	"hello-lambda/internal/text"
)

type request struct {
	Name string `json:"name"`
}

func handler(ctx context.Context, r request) (bool, error) {
	return store.Add(text.Clean(r.Name)), nil // EXPECT: text.Clean compiles its pattern on every invocation
}

func main() { lambda.Start(handler) }
