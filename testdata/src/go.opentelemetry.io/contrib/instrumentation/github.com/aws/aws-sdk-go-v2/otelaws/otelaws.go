// Package otelaws is a stub of the OpenTelemetry instrumentation of
// aws-sdk-go-v2, with the signature of AppendMiddlewares.
package otelaws

import "github.com/aws/smithy-go/middleware"

// Option configures the instrumentation.
type Option interface{}

// AppendMiddlewares appends the tracing middleware to an SDK config's
// APIOptions.
func AppendMiddlewares(apiOptions *[]func(*middleware.Stack) error, opts ...Option) {
	*apiOptions = append(*apiOptions, func(*middleware.Stack) error { return nil })
}

// TracerProvider stands in for trace.TracerProvider.
type TracerProvider interface{}

// WithTracerProvider sets the tracer provider of the instrumentation.
func WithTracerProvider(tp TracerProvider) Option { return tp }
