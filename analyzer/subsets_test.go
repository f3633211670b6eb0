package analyzer_test

import (
	"bytes"
	"fmt"
	"go/types"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
	"github.com/lambdainit/lambdainit/internal/fixcheck"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// importsFixesAdd are the standard packages a fix may import that the
// package under test may not: they are loaded beside it so that the fixed
// package can be type-checked.
var importsFixesAdd = []string{"context", "errors", "log", "log/slog", "os", "sync"}

// TestFixSubsets checks the go/analysis contract for suggested fixes:
// each fix is an independent change to the original files. Drivers apply
// any subset (golangci-lint drops what //nolint or --new-from-rev hides,
// an editor applies one), so for every case with fixes, each fix alone,
// every pair, and all of them together, applied to the original as the
// x/tools drivers merge them and as golangci-lint concatenates them, must
// give a package that parses, type-checks, and is gofmt-clean where the
// original file was.
func TestFixSubsets(t *testing.T) {
	t.Parallel()
	dir := testdata(t)
	env := append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=")
	checkSubsets(t, analyzer.New(analyzer.Config{}), dir, env, fixCases, true)
	checkSubsets(t, analyzer.New(shapesOn), dir, env, []string{"fixexported"}, true)
}

func checkSubsets(t *testing.T, a *analysis.Analyzer, dir string, env, patterns []string, goldens bool) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Env: env, Tests: true}
	pkgs, err := packages.Load(cfg, append(patterns, importsFixesAdd...)...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading %v", n, patterns)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkActions(t, cfg, patterns, graph.Roots, goldens)
}

// checkActions checks the fixes of the analyzed root packages, as
// checkSubsets says, and that they converge.
func checkActions(t *testing.T, cfg *packages.Config, patterns []string, roots []*checker.Action, goldens bool) {
	t.Helper()
	var pkgs []*packages.Package
	for _, act := range roots {
		pkgs = append(pkgs, act.Package)
	}
	universe := map[string]*types.Package{}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.ID == p.PkgPath { // not a test variant
			universe[p.PkgPath] = p.Types
		}
	})
	imp := importerFunc(func(path string) (*types.Package, error) {
		if p, ok := universe[path]; ok {
			return p, nil
		}
		return nil, fmt.Errorf("%s is not loaded", path)
	})
	// A package with tests is analyzed twice, with and without its test
	// files, and drivers apply the fixes of either: each variant's fixes
	// must hold in both.
	variants := map[string][]*checker.Action{}
	var paths []string
	for _, act := range roots {
		if act.Err != nil {
			t.Fatalf("%s: %v", act.Package.ID, act.Err)
		}
		path := act.Package.PkgPath
		if strings.HasSuffix(path, ".test") || strings.HasSuffix(path, "_test") {
			continue // the test main and external tests hold no handler
		}
		if variants[path] == nil {
			paths = append(paths, path)
		}
		variants[path] = append(variants[path], act)
	}
	total := 0
	overlay := map[string][]byte{} // every fix applied
	applied := map[string]bool{}   // packages whose fixes are in overlay
	for _, path := range paths {
		for _, act := range variants[path] {
			var sfs []analysis.SuggestedFix
			for _, d := range act.Diagnostics {
				if len(d.SuggestedFixes) > 0 {
					sfs = append(sfs, d.SuggestedFixes[0])
				}
			}
			if len(sfs) == 0 {
				continue
			}
			fixes := fixcheck.FromAnalysis(act.Package.Fset, sfs)
			total += len(fixes)
			for _, in := range variants[path] {
				checkPackageSubsets(t, in.Package, imp, fixes)
			}
			if !applied[path] {
				// One variant's fixes: the other's are the same edits.
				applied[path] = true
				fixed, err := (&fixcheck.Package{Source: os.ReadFile}).Apply(fixcheck.XTools, fixes)
				if err != nil {
					t.Fatal(err)
				}
				maps.Copy(overlay, fixed)
			}
		}
	}
	if goldens {
		checkGoldens(t, roots, overlay)
	}
	checkConverged(t, cfg, patterns, overlay)
	if total == 0 {
		t.Fatalf("no fixes in %v under %s", patterns, filepath.Base(cfg.Dir))
	}
}

// checkGoldens compares each file of the analyzed packages, every fix
// applied in the order drivers apply them (the order of the diagnostics),
// with its reviewed .golden file: a file a fix changes must have one.
// go test ./analyzer -update rewrites those that differ: review the diff
// before committing it.
func checkGoldens(t *testing.T, roots []*checker.Action, fixed map[string][]byte) {
	t.Helper()
	seen := map[string]bool{}
	for _, act := range roots {
		for _, name := range act.Package.CompiledGoFiles {
			if seen[name] {
				continue
			}
			seen[name] = true
			want, err := os.ReadFile(name + ".golden")
			got, changed := fixed[name]
			switch {
			case err != nil && !changed:
				continue // no fix, no golden file
			case err != nil && !*update:
				t.Errorf("%s: the fixes change it, and it has no .golden file", name)
				continue
			case !changed:
				if got, err = os.ReadFile(name); err != nil {
					t.Fatal(err)
				}
			}
			if *update && !bytes.Equal(got, want) {
				if err := os.WriteFile(name+".golden", got, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s: the fixed file differs from its .golden file (- golden, + fixed):\n%s", name, hunks(string(want), string(got)))
			}
		}
	}
}

// hunks shows the lines that differ between a and b, with two lines of
// context.
func hunks(a, b string) string {
	al, bl := fixcheck.SplitLines(a), fixcheck.SplitLines(b)
	var out strings.Builder
	for _, h := range fixcheck.DiffLines(al, bl) {
		fmt.Fprintf(&out, "@@ line %d @@\n", h.A0+1)
		for _, l := range al[max(0, h.A0-2):h.A0] {
			out.WriteString("  " + l)
		}
		for _, l := range al[h.A0:h.A1] {
			out.WriteString("- " + l)
		}
		for _, l := range bl[h.B0:h.B1] {
			out.WriteString("+ " + l)
		}
		for _, l := range al[h.A1:min(len(al), h.A1+2)] {
			out.WriteString("  " + l)
		}
	}
	return out.String()
}

// checkConverged runs the analyzer again on a copy of dir with the fixes
// applied: -fix converges in one run when nothing is left to fix.
func checkConverged(t *testing.T, cfg *packages.Config, patterns []string, fixed map[string][]byte) {
	t.Helper()
	copied := t.TempDir()
	if err := os.CopyFS(copied, os.DirFS(cfg.Dir)); err != nil {
		t.Fatal(err)
	}
	for name, src := range fixed {
		rel, err := filepath.Rel(cfg.Dir, name)
		if err != nil || strings.HasPrefix(rel, "..") {
			t.Fatalf("fixed file %s outside %s", name, cfg.Dir)
		}
		if err := os.WriteFile(filepath.Join(copied, rel), src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	again := *cfg
	again.Tests = false
	again.Dir = copied
	again.Env = slices.Clone(cfg.Env)
	for i, kv := range again.Env {
		if gopath, ok := strings.CutPrefix(kv, "GOPATH="); ok && gopath == cfg.Dir {
			again.Env[i] = "GOPATH=" + copied
		}
	}
	if !slices.Contains(cfg.Env, "GO111MODULE=off") {
		// In a module, the packages the fixes changed: a fix takes work
		// out of a package, and gives no other package something to fix.
		patterns = nil
		for name := range fixed {
			rel, _ := filepath.Rel(cfg.Dir, filepath.Dir(name))
			patterns = append(patterns, "./"+filepath.ToSlash(rel))
		}
		slices.Sort(patterns)
		patterns = slices.Compact(patterns)
	}
	pkgs, err := packages.Load(&again, patterns...)
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading the fixed packages", n)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{analyzer.New(analyzer.Config{})}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range graph.Roots {
		for _, d := range act.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: a second -fix would apply %q", act.Package.Fset.Position(d.Pos), d.SuggestedFixes[0].Message)
			}
		}
	}
}

// checkPackageSubsets applies each of fixes alone, every pair, and all of
// them to p as each kind of driver does, and checks the result.
func checkPackageSubsets(t *testing.T, p *packages.Package, imp types.Importer, fixes []fixcheck.Fix) {
	t.Helper()
	pkg := &fixcheck.Package{
		Path: p.PkgPath, GoVersion: p.Types.GoVersion(), Fset: p.Fset, Files: p.Syntax, Importer: imp,
		Source: os.ReadFile,
	}
	check := func(d fixcheck.Driver, subset ...int) {
		t.Helper()
		var chosen []fixcheck.Fix
		var titles []string
		for _, i := range subset {
			chosen = append(chosen, fixes[i])
			titles = append(titles, fmt.Sprintf("%q", fixes[i].Title))
		}
		fixed, err := pkg.Apply(d, chosen)
		if err == nil {
			err = pkg.Check(fixed)
		}
		if err != nil {
			t.Errorf("%s, %s applying %s:\n%v", p.ID, d, strings.Join(titles, " + "), err)
		}
	}
	all := make([]int, len(fixes))
	for i := range fixes {
		all[i] = i
		check(fixcheck.Golangci, i)
		for j := range i {
			check(fixcheck.XTools, j, i)
			check(fixcheck.Golangci, j, i)
		}
	}
	if len(fixes) > 2 {
		check(fixcheck.XTools, all...)
		check(fixcheck.Golangci, all...)
	}
}
