// Negative: the handler points awsx.Regional at the event's region before
// it builds a client from it: the client differs between invocations.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cases/runonce/internal/samewrite/awsx"
	"example.com/cases/runonce/internal/samewrite/store"
)

// Move names the region to use.
type Move struct{ Region string }

func handle(ctx context.Context, m Move) error {
	awsx.Use(m.Region)
	_ = store.RegionalTable()
	return nil
}

func main() { lambda.Start(handle) }
