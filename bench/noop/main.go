// Command noop is the benchmark floor: a single checker built with the same
// x/tools as lambdainit, whose one analyzer requires the inspector and does
// nothing. Loading, type-checking and building the inspector is what every
// analyzer pays; lambdainit's own cost is what it adds on top.
package main

import (
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	singlechecker.Main(&analysis.Analyzer{
		Name:     "noop",
		Doc:      "noop: do nothing, after the same loading as lambdainit",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	})
}
