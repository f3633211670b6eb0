// Package platform starts what a dispatcher dispatches.
package platform

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
)

// Dispatcher picks the job to run.
type Dispatcher interface {
	Dispatch(ctx context.Context, name string) error
}

// Run registers d's Dispatch method.
func Run(d Dispatcher) { lambda.Start(d.Dispatch) }
