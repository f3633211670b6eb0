package analyzer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestRealModules runs the analyzer in module mode against real modules,
// so the catalogue is checked against the real APIs and not only against
// the stubs: realsdk holds aws-lambda-go, aws-sdk-go-v2 and aws-sdk-go;
// realdeps the routers behind aws-lambda-go-api-proxy and lambdaurl (echo,
// gorilla/mux, fiber, chi, gin) and the database, cache, RPC and telemetry
// clients of the resource catalogue. Each fixed file must match its
// reviewed .golden file; `lambdainit verify` (TestVerify, CI) builds, vets
// and re-fixes the fixed modules. analysistest loads with GOPROXY=off,
// so the test downloads each module's dependencies first, with the
// caller's own Go settings.
func TestRealModules(t *testing.T) {
	for _, mod := range []string{"realsdk", "realdeps"} {
		t.Run(mod, func(t *testing.T) {
			dir := downloaded(t, mod)
			analysistest.RunWithSuggestedFixes(t, dir, analyzer.New(analyzer.Config{}), "./...")
		})
	}
}

// TestShapesOnLibraries runs the analyzer on the packages of aws-lambda-go
// and aws-lambda-go-api-proxy, which register no handler, so the
// shape-based detection is on. Their adapters' Proxy and ProxyWithContext
// methods and their event converters are taken as handlers by their shape
// (they do run on every invocation); none of them repeats Init work, so
// any finding here is a false positive of that detection. The packages are
// loaded without their tests, whose dependencies (ginkgo, testify) are no
// part of realdeps' module graph; aws-lambda-go's events/test, a helper
// package that imports testify, is left out for the same reason (a
// pattern like aws-lambda-go/... would make the test pass only when
// something else had put testify in the module cache).
func TestShapesOnLibraries(t *testing.T) {
	dir := downloaded(t, "realdeps")
	const proxy = "github.com/awslabs/aws-lambda-go-api-proxy/"
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod"),
	}
	const lambda = "github.com/aws/aws-lambda-go/"
	pkgs, err := packages.Load(cfg, lambda+"cfn", lambda+"cmd/build-lambda-zip", lambda+"events",
		lambda+"lambda", lambda+"lambda/handlertrace", lambda+"lambda/messages", lambda+"lambdacontext", lambda+"lambdaurl",
		proxy+"core", proxy+"httpadapter", proxy+"handlerfunc", proxy+"chi", proxy+"gin",
		proxy+"echo", proxy+"fiber", proxy+"gorillamux")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading the libraries", n)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.New(analyzer.Config{})}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	analysed := 0
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
		}
		for _, d := range act.Diagnostics {
			t.Errorf("%s: %s", act.Package.Fset.Position(d.Pos), d.Message)
		}
		analysed++
	}
	if analysed != 16 {
		t.Fatalf("analysed %d packages, want the 16 of aws-lambda-go (8) and the adapters (8)", analysed)
	}
}

// downloaded returns the directory of the module testdata/mod, its
// dependencies downloaded.
func downloaded(t *testing.T, mod string) string {
	dir := filepath.Join(testdata(t), mod)
	cmd := exec.Command("go", "mod", "download")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s\nThis test needs the module proxy once, or a module cache filled by `cd %s && go mod download` on a machine that has it.", dir, err, out, dir)
	}
	return dir
}
