// Package directive holds a handler registered in another package, marked
// with the directive.
package directive

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Handle is registered by cmd/fn.
//
//lambdainit:handler
func Handle(ctx context.Context) error {
	_ = s3.New(s3.Options{}) // want `s3.New builds .* invocation of Handle`
	return nil
}

// Other is not a handler.
func Other() { _ = s3.New(s3.Options{}) }
