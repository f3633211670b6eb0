package analyzer

import (
	"github.com/lambdainit/lambdainit/analyzer/internal/plan"
	"golang.org/x/tools/go/analysis"
)

// NewVerifyingFastFormat is New for tests of the fix writer's fast
// formatter: every declaration it formats the fast way is formatted with
// go/format too, and verify gets both (see hoist.Session.VerifyFastFormat).
// verify is called from the goroutines of the passes, side by side.
func NewVerifyingFastFormat(cfg Config, verify func(src, fast, gofmt []byte)) *analysis.Analyzer {
	return newAnalyzer(cfg, plan.Hooks{VerifyFastFormat: verify})
}
