// Package trace is a stub of go.opentelemetry.io/otel/sdk/trace.
package trace

type TracerProviderOption interface{}

type TracerProvider struct{}

func NewTracerProvider(opts ...TracerProviderOption) *TracerProvider { return &TracerProvider{} }
