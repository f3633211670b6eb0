// Package cgo uses cgo: its findings are reported without a fix, since its
// files cannot be type-checked again.
package main

// int answer(void) { return 42; }
import "C"

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func handler(ctx context.Context) (int, error) {
	_ = s3.New(s3.Options{}) // want `s3.New builds .* \(no automatic fix: the package uses cgo\)`
	return int(C.answer()), nil
}

func main() { lambda.Start(handler) }
