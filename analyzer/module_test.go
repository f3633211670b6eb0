package analyzer_test

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
	"golang.org/x/tools/go/analysis/analysistest"
)

// TestRealModules runs the analyzer in module mode against the real
// aws-lambda-go, aws-sdk-go-v2 and aws-sdk-go modules, so the catalogue is
// checked against the real APIs and not only against the stubs.
// analysistest loads with GOPROXY=off, so the test downloads the module's
// dependencies first, with the caller's own Go settings.
func TestRealModules(t *testing.T) {
	dir := filepath.Join(testdata(t), "realsdk")
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s (the module proxy must be reachable once): %v\n%s", dir, err, out)
	}
	analysistest.Run(t, dir, analyzer.New(analyzer.Config{}), "./...")
}
