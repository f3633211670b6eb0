package analyzer_test

import (
	"flag"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
	"github.com/lambdainit/lambdainit/internal/fixcheck"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
)

// cases lists the analysistest case directories, one per handler form and
// per pattern that must stay quiet.
var cases = []string{
	"basic",
	"gaps",
	"guards",
	"renamed",
	"dotimport",
	"forms",
	"invoker",
	"httphandler",
	"generic",
	"wrapper",
	"factory",
	"helpers",
	"directive",
	"entrypoints",
	"v1",
	"sdkv2more",
	"initvar",
	"once",
	"nilguard",
	"structfield",
	"perinvocation",
	"generated",
	"testfile",
	"notalambda",
	"fixmain",
	"fixinitorder",
	"fixvar",
	"fixhelper",
	"fixlift",
	"fixrefuse",
	"fixnames",
	"fixtwo",
	"fixlit",
	"fixhoist",
	"ignore",
	"oddshapes",
	"buildtags",
	"cgo",
	"testonly",
	"empty",
	"resources",
	"fetch",
	"routers",
	"fixshare",
	"frameworks",
	"catalogue",
	"fixflag",
	"fixtestvar",
	"fixmaintest",
	"defaultmux",
	"fiximports",
	"fixtestdecl",
	"fixgoroutine",
	"fixsafety",
	"fixenv",
	"fixenvmain",
	"fixenvwrite",
	"fixenvlit",
	"fixslog",
}

// flagCases gives each flag a value and the case directory that shows it
// (testdata/src/flags/<flag>). A flag without a case fails TestFlags.
var flagCases = map[string]string{
	"checks":              "client",
	"extra-constructors":  "example.com/db.Open,example.com/db.Pool.Client",
	"extra-registrations": "example.com/rt.Serve:1",
	"landing":             "main",
	"handler-shapes":      "true",
}

func TestFlags(t *testing.T) {
	analyzer.New(analyzer.Config{}).Flags.VisitAll(func(f *flag.Flag) {
		if _, ok := flagCases[f.Name]; !ok {
			t.Errorf("flag -%s has no case in testdata/src/flags", f.Name)
		}
	})
	t.Setenv("GOPATH", testdata(t))
	t.Setenv("GO111MODULE", "off")
	for name, value := range flagCases {
		t.Run(name, func(t *testing.T) {
			a := analyzer.New(analyzer.Config{})
			if err := a.Flags.Set(name, value); err != nil {
				t.Fatal(err)
			}
			runFixed(t, a, "flags/"+name)
		})
	}
}

// TestLandingLazy shows the third value of -landing (flagCases holds one
// per flag): a sync.OnceFunc, unless the moved code checks errors.
func TestLandingLazy(t *testing.T) {
	t.Setenv("GOPATH", testdata(t))
	t.Setenv("GO111MODULE", "off")
	a := analyzer.New(analyzer.Config{})
	if err := a.Flags.Set("landing", "lazy"); err != nil {
		t.Fatal(err)
	}
	runFixed(t, a, "flags/landinglazy")
}

// runFixed checks the diagnostics of the GOPATH case pattern against its
// want comments, and each of its files, every fix applied as the x/tools
// drivers apply them, against its .golden file.
func runFixed(t *testing.T, a *analysis.Analyzer, pattern string) {
	t.Helper()
	results := analysistest.Run(t, testdata(t), a, pattern)
	fixed := map[string][]byte{}
	var roots []*checker.Action
	for _, r := range results {
		roots = append(roots, r.Action)
		var sfs []analysis.SuggestedFix
		for _, d := range r.Diagnostics {
			sfs = append(sfs, d.SuggestedFixes...)
		}
		out, err := (&fixcheck.Package{Source: os.ReadFile}).Apply(fixcheck.XTools, fixcheck.FromAnalysis(r.Pass.Fset, sfs))
		if err != nil {
			t.Fatal(err)
		}
		maps.Copy(fixed, out)
	}
	checkGoldens(t, roots, fixed)
}

func TestFlagValidation(t *testing.T) {
	for name, bad := range map[string]string{
		"checks":              "clients",
		"extra-constructors":  "NoPackage",
		"extra-registrations": "example.com/rt.Serve:x",
		"landing":             "later",
	} {
		if err := analyzer.New(analyzer.Config{}).Flags.Set(name, bad); err == nil {
			t.Errorf("-%s=%s: accepted", name, bad)
		}
	}
	err := analyzer.Config{Checks: []analyzer.Kind{"x"}, Landing: "y", ExtraConstructors: []string{"z"}}.Validate()
	if err == nil || !strings.Contains(err.Error(), `unknown check "x"`) || !strings.Contains(err.Error(), `landing "y"`) || !strings.Contains(err.Error(), `"z"`) {
		t.Errorf("Validate() = %v, want all three problems", err)
	}
}

// fixCases are the cases whose fixes are checked against reviewed golden
// files: one per landing shape (init, main, package var, helper, function
// literal, fresh names, two fixes in a file, hoisted config, a value a
// flag sets in main, a sync.OnceFunc for what another package or a test
// sets after Init) and the refusals beside them.
var fixCases = []string{
	"basic", "v1", "forms", "fixmain", "fixinitorder", "fixvar", "fixhelper", "fixlift",
	"fixrefuse", "fixnames", "fixtwo", "fixlit", "fixhoist", "resources", "fetch", "routers", "fixshare", "catalogue", "frameworks",
	"fixflag", "fixtestvar", "fixmaintest", "buildtags", "defaultmux", "fiximports", "fixtestdecl", "fixgoroutine", "fixsafety", "fixenv", "fixenvmain", "fixslog", "gaps", "fixjoin", "fixchosen", "fixconfigure", "fixshared", "fixmainfile",
}

// shapeCases run with -handler-shapes: libraries whose handlers no
// program of theirs registers, found by their shape and fixed in place.
// Their findings are checked against want comments, their fixes against
// .golden files.
var shapeCases = []string{"shapes", "fixexported"}

// shapesOn is the configuration shapeCases run with.
var shapesOn = analyzer.Config{HandlerShapes: true}

// TestDiagnostics checks the findings of every case against its want
// comments; TestFixSubsets checks the fixes of fixCases against their
// .golden files.
func TestDiagnostics(t *testing.T) {
	all := slices.Clone(cases)
	for _, c := range fixCases {
		if !slices.Contains(all, c) {
			all = append(all, c)
		}
	}
	analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), all...)
	analysistest.Run(t, testdata(t), analyzer.New(shapesOn), shapeCases...)
}

// testdata is the repository's top-level testdata directory, a GOPATH
// tree of stubs and cases.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs(filepath.Join("..", "testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRelated checks that every diagnostic points at the registration of
// the handler it runs under, and that the findings one fix moves together
// point at the diagnostic that carries that fix.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, testdata(t), analyzer.New(analyzer.Config{}), "basic")
	for _, r := range results {
		if len(r.Diagnostics) != 3 {
			t.Fatalf("got %d diagnostics, want 3", len(r.Diagnostics))
		}
		withFix := map[token.Pos]bool{}
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				withFix[d.Pos] = true
			}
		}
		if len(withFix) != 1 {
			t.Fatalf("%d diagnostics carry a fix, want 1 (one move per function)", len(withFix))
		}
		for _, d := range r.Diagnostics {
			if len(d.Related) == 0 || d.Related[0].Message != "handler registered here" {
				t.Fatalf("%s: related = %+v, want the registration first", d.Message, d.Related)
			}
			if got := r.Pass.Fset.Position(d.Related[0].Pos).Line; got != 36 {
				t.Errorf("%s: registration at line %d, want 36", d.Message, got)
			}
			if len(d.SuggestedFixes) == 0 {
				if len(d.Related) != 2 || d.Related[1].Message != "moved by the fix offered here" || !withFix[d.Related[1].Pos] {
					t.Errorf("%s: related = %+v, want a pointer to the diagnostic with the fix", d.Message, d.Related)
				}
			}
		}
	}
}
