// Command xtools is lambdainit's analyzer behind x/tools' own single
// checker, for the benchmark's comparison row: with analysis facts, that
// driver loads every dependency from source (go/packages' LoadAllSyntax),
// where lambdainit's own driver loads only the module's packages that way
// and everything else from export data.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/lambdainit/lambdainit/analyzer"
)

func main() { singlechecker.Main(analyzer.Analyzer) }
