// Package extraregistrations registers its handler through the company's
// wrapper, named by -extra-registrations=example.com/rt.Serve:1.
package main

import (
	"context"

	"example.com/rt"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

func handler(ctx context.Context) error {
	q := sqs.New(sqs.Options{}) // want `sqs.New builds .* invocation of handler`
	_ = q
	return nil
}

func main() { rt.Serve("orders", handler) }
