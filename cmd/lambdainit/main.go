// Command lambdainit reports the Init-phase work that AWS Lambda handlers
// repeat on every invocation, and moves it out of the handler with -fix.
//
// Usage:
//
//	lambdainit [flags] packages
//	go vet -vettool=$(which lambdainit) [flags] packages
package main

import (
	"github.com/lambdainit/lambdainit/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
