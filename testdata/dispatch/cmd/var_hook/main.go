// Positive: another package builds its client through a hook held in a
// package variable (swapped by its tests): the literal's work depends on
// its parameter, which its caller gives a configuration loaded the same
// way on every call.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/dispatch/internal/varhook/awsclient"
)

func handle(ctx context.Context) error {
	db, err := awsclient.DynamoDB(ctx)
	if err != nil {
		return err
	}
	_ = db
	return nil
}

func main() { lambda.Start(handle) }
