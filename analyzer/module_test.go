package analyzer_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
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
// reviewed .golden file; `lambdainit verify` (CI) builds, vets and re-fixes
// the fixed modules. analysistest loads with GOPROXY=off, so the test
// downloads each module's dependencies first, with the caller's own Go
// settings.
//
// Type-checking a module's dependencies from source is most of the cost,
// so one load serves three checks: the findings against the want
// comments, every subset of the fixes (TestFixSubsets on these modules),
// and, for realdeps, the shape detection on the libraries it depends on.
func TestRealModules(t *testing.T) {
	t.Parallel()
	for _, mod := range []string{"realsdk", "realdeps"} {
		t.Run(mod, func(t *testing.T) {
			t.Parallel()
			dir := downloaded(t, mod)
			cfg := analyzer.Config{}
			if mod == "realdeps" {
				// Its libraries register no handler: they are checked
				// with the shape detection on, as a library analysed
				// alone would be (-handler-shapes).
				cfg = shapesOn
			}
			results := analysistest.Run(t, dir, analyzer.New(cfg), "./...")
			var roots []*checker.Action
			for _, r := range results {
				roots = append(roots, r.Action)
			}
			t.Run("subsets", func(t *testing.T) {
				cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod")}
				checkActions(t, cfg, []string{"./..."}, roots, true)
			})
			if mod == "realdeps" {
				t.Run("shapes", func(t *testing.T) { shapesOnLibraries(t, roots) })
			}
		})
	}
}

// shapesOnLibraries checks the analyzer's answers on the packages of
// aws-lambda-go and aws-lambda-go-api-proxy that realdeps imports, which
// register no handler, so the shape-based detection is on. Their
// adapters' Proxy and ProxyWithContext methods and their event converters
// are taken as handlers by their shape (they do run on every invocation);
// none of them repeats Init work, so any finding here is a false positive
// of that detection. The checker ran the analyzer on them, as
// dependencies, with the module's load: their actions are read from the
// graph.
func shapesOnLibraries(t *testing.T, roots []*checker.Action) {
	const lambda, proxy = "github.com/aws/aws-lambda-go/", "github.com/awslabs/aws-lambda-go-api-proxy/"
	want := map[string]bool{}
	for _, p := range []string{lambda + "cfn", lambda + "events", lambda + "lambda", lambda + "lambda/handlertrace",
		lambda + "lambda/messages", lambda + "lambdacontext", lambda + "lambdaurl",
		proxy + "core", proxy + "httpadapter", proxy + "handlerfunc", proxy + "chi", proxy + "gin",
		proxy + "echo", proxy + "fiber", proxy + "gorillamux"} {
		want[p] = true
	}
	seen := map[*checker.Action]bool{}
	analysed := map[string]bool{}
	var walk func(act *checker.Action)
	walk = func(act *checker.Action) {
		if seen[act] {
			return
		}
		seen[act] = true
		if p := act.Package; want[p.PkgPath] && act.Analyzer.Name == "lambdainit" {
			if act.Err != nil {
				t.Errorf("%s: %v", p.PkgPath, act.Err)
			}
			if len(p.Syntax) == 0 {
				t.Errorf("%s was loaded without its syntax", p.PkgPath)
			}
			for _, d := range act.Diagnostics {
				t.Errorf("%s: %s", p.Fset.Position(d.Pos), d.Message)
			}
			analysed[p.PkgPath] = true
		}
		for _, dep := range act.Deps {
			walk(dep)
		}
	}
	for _, act := range roots {
		walk(act)
	}
	for p := range want {
		if !analysed[p] {
			t.Errorf("%s: not in realdeps' graph; the module should import it", p)
		}
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
