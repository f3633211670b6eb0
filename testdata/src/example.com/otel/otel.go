// Package otel stands for an instrumentation wrapper from another module,
// shaped like otellambda.InstrumentHandler.
package otel

type Option func()

func InstrumentHandler(handlerFunc interface{}, options ...Option) interface{} { return handlerFunc }
