// Package resource is a CloudFormation custom resource: its factories
// return the function cfn.LambdaWrap turns into a handler.
package resource

import (
	"context"
	"regexp"

	"github.com/aws/aws-lambda-go/cfn"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// New returns the resource's function; the closure builds its client on
// every event.
func New() cfn.CustomResourceFunction {
	return func(ctx context.Context, e cfn.Event) (string, map[string]any, error) {
		c := sqs.New(sqs.Options{Region: "eu-west-1"}) // EXPECT: the function a library's wrapper runs builds its client per event
		_ = c
		return e.LogicalResourceID, nil, nil
	}
}

// NewShared returns one whose pattern is compiled in the factory's body.
func NewShared() cfn.CustomResourceFunction {
	name := regexp.MustCompile(`^[A-Z]`) // once: where main calls the factory
	return func(ctx context.Context, e cfn.Event) (string, map[string]any, error) {
		_ = name.MatchString(e.LogicalResourceID)
		return e.LogicalResourceID, nil, nil
	}
}
