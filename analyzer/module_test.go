package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRealModules runs the analyzer in module mode against the real
// aws-lambda-go, aws-sdk-go-v2 and aws-sdk-go modules, so the catalogue is
// checked against the real APIs and not only against the stubs.
// analysistest loads with GOPROXY=off: .ci/run downloads the module's
// dependencies first.
func TestRealModules(t *testing.T) {
	dir := filepath.Join(testdata(t), "realsdk")
	analysistest.Run(t, dir, analyzer.New(analyzer.Config{}), "./...")
}
