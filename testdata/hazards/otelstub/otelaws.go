// Package otelaws stands in for the OpenTelemetry instrumentation of
// aws-sdk-go-v2 (testdata/hazards replaces the module with it, so the
// oracle needs no download): AppendMiddlewares appends a middleware to
// the APIOptions it is given, as the real one does.
package otelaws

import "github.com/aws/smithy-go/middleware"

// Option configures the instrumentation.
type Option interface{}

// AppendMiddlewares appends the tracing middleware to an SDK config's
// APIOptions.
func AppendMiddlewares(apiOptions *[]func(*middleware.Stack) error, opts ...Option) {
	*apiOptions = append(*apiOptions, func(*middleware.Stack) error { return nil })
}
