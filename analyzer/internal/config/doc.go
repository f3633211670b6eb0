// Package config holds lambdainit's settings (Config, bound to flags and to
// the golangci-lint plugin's settings), the kinds of findings, the
// landing places a fix may prefer, and the documentation of each check,
// from which -help and the README's checks section are generated. It
// imports nothing of the analyzer.
package config
