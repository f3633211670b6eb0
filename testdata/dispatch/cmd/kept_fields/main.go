// Positive and negative: the handler reaches the store main builds
// through a port. Its methods change the state and the cursor it holds,
// never its table name: the GetItem input built from the table name (and
// a pointer a helper returns) is the same on every login; the Scan input
// that carries the cursor the previous page left is not.
package main

import (
	"context"
	"os"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"

	"example.com/cases/dispatch/internal/keptfields/ports"
	"example.com/cases/dispatch/internal/keptfields/statestore"
)

// Request is the client's sync call.
type Request struct {
	User string `json:"user"`
	Next bool   `json:"next"`
}

func main() {
	var store ports.Store = statestore.New(dynamodb.New(dynamodb.Options{Region: "eu-west-1"}), os.Getenv("STATE_TABLE"))
	lambda.Start(func(ctx context.Context, r Request) error {
		if r.Next {
			return store.Page()
		}
		return store.Login(r.User)
	})
}
