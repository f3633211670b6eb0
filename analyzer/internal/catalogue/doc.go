// Package catalogue is what lambdainit knows about the libraries Lambda
// code calls, as data matched against types.Objects: the entry points that
// register a handler, the routers, the constructors that build something
// expensive (SDK clients and configs, database pools, transports, compiled
// patterns, loggers), the fetches of secrets and parameters, the builders
// and pure functions whose results are the same given the same inputs, the
// types safe to share between invocations, and the operation inputs the
// SDKs write into (sdkwrites_gen.go, generated from the SDKs' code).
//
// A new entry is one line here and a case under testdata: see
// docs/contributing.md.
package catalogue
