// Package testfile has a handler whose tests build clients.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

func handler(ctx context.Context) error { return helper() }

func helper() error { return nil }

func main() { lambda.Start(handler) }
