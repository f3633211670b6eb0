package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"go/token"
	"io"
	"maps"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"

	"github.com/lambdainit/lambdainit/analyzer"
	"github.com/lambdainit/lambdainit/internal/fixcheck"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// The exit codes of the standalone command (go vet maps findings to 1).
const (
	exitClean    = 0 // nothing to report, or every finding fixed
	exitError    = 1 // packages did not load or type-check, files could not be written
	exitUsage    = 2 // a bad flag or no package
	exitFindings = 3 // findings reported, left unfixed, or changes -diff would make
)

// options are the command's own flags; the analyzer's are bound to it.
type options struct {
	fix, diff, json, tests bool
	format                 string
	version                string // "", "short" or "full"
	cpuprofile             string
}

// versionFlag is -V (short) and -V=full.
type versionFlag struct{ v *string }

func (f versionFlag) String() string   { return "" }
func (f versionFlag) IsBoolFlag() bool { return true }
func (f versionFlag) Set(s string) error {
	switch s {
	case "true":
		*f.v = "short"
	case "full":
		*f.v = "full"
	default:
		return fmt.Errorf("want -V or -V=full")
	}
	return nil
}

// newFlagSet returns the command's flags, with the analyzer's, which it
// binds to a.
func newFlagSet(a *analysis.Analyzer, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("lambdainit", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.BoolVar(&o.fix, "fix", false, "apply the fixes, then print what was changed and the findings left")
	fs.BoolVar(&o.diff, "diff", false, "print the fixes as a unified diff instead of applying them")
	fs.BoolVar(&o.json, "json", false, "print findings and fixes as JSON (as go vet -json does); the same as -format=json")
	fs.StringVar(&o.format, "format", "text", "output format: text, json, or sarif (SARIF 2.1.0, for GitHub code scanning)")
	fs.BoolVar(&o.tests, "test", true, "also analyze the packages' test files")
	fs.Var(versionFlag{&o.version}, "V", "print the version and exit (-V=full as go vet asks)")
	fs.StringVar(&o.cpuprofile, "cpuprofile", "", "write a CPU profile of the run to this file (for a report of a slow run)")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	return fs
}

// standalone runs lambdainit on package patterns, as a command.
func standalone(args []string, stdout, stderr io.Writer) int {
	a := analyzer.Analyzer
	var o options
	fs := newFlagSet(a, &o)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout, fs)
			return exitClean
		}
		fmt.Fprintf(stderr, "lambdainit: %v (lambdainit -help lists the flags)\n", err)
		return exitUsage
	}
	if o.json {
		o.format = "json"
	}
	switch {
	case o.version != "":
		if err := printVersion(stdout, o.version == "full"); err != nil {
			fmt.Fprintln(stderr, "lambdainit:", err)
			return exitError
		}
		return exitClean
	case o.format != "text" && o.format != "json" && o.format != "sarif":
		fmt.Fprintf(stderr, "lambdainit: -format=%s: want text, json or sarif\n", o.format)
		return exitUsage
	case fs.NArg() == 0:
		fmt.Fprintln(stderr, "lambdainit: no packages given (lambdainit ./... analyzes the module)")
		return exitUsage
	}

	if o.cpuprofile != "" {
		f, err := os.Create(o.cpuprofile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(stderr, "lambdainit: -cpuprofile:", err)
			return exitError
		}
		defer func() {
			pprof.StopCPUProfile()
			_ = f.Close()
		}()
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Tests: o.tests}
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err != nil {
		fmt.Fprintln(stderr, "lambdainit:", err)
		return exitError
	}
	// A package that does not load or type-check (a test file that
	// imports a generated mock not committed) is left out, with its
	// errors; the others are analyzed, and the exit code says an error.
	pkgs, broken := withoutBroken(stderr, pkgs)
	if len(pkgs) == 0 {
		return exitError
	}
	exit := func(code int) int {
		if broken && code != exitUsage {
			return exitError
		}
		return code
	}
	// What a handler calls in other packages of the module is read from
	// their facts, which need their syntax: load those too, from source,
	// and report only on the packages asked for. Everything outside the
	// module stays export data.
	asked := map[string]bool{}
	for _, p := range pkgs {
		asked[p.ID] = true
	}
	if more := moduleDepsWithoutSyntax(pkgs); len(more) > 0 {
		pkgs, err = packages.Load(cfg, append(fs.Args(), more...)...)
		if err != nil {
			fmt.Fprintln(stderr, "lambdainit:", err)
			return exitError
		}
		var more bool
		if pkgs, more = withoutBroken(stderr, pkgs); len(pkgs) == 0 {
			return exitError
		}
		broken = broken || more
	}
	pruneOutsideModule(pkgs)
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		fmt.Fprintln(stderr, "lambdainit:", err)
		return exitError
	}
	// Packages loaded only for their facts are not reported on, in any
	// format.
	roots := graph.Roots[:0]
	for _, act := range graph.Roots {
		if asked[act.Package.ID] {
			roots = append(roots, act)
		} else {
			act.IsRoot = false
		}
	}
	graph.Roots = roots
	var found []finding
	seen := map[string]bool{}
	for _, act := range graph.Roots {
		if act.Err != nil {
			fmt.Fprintf(stderr, "lambdainit: %s: %v\n", act.Package.ID, act.Err)
			return exitError
		}
		for _, d := range act.Diagnostics {
			f := finding{d: d, fset: act.Package.Fset}
			// A package with tests is analyzed with and without them:
			// the same finding, once.
			if key := f.posn(d.Pos).String() + d.Message; !seen[key] {
				seen[key] = true
				found = append(found, f)
			}
		}
	}
	slices.SortStableFunc(found, func(x, y finding) int {
		px, py := x.posn(x.d.Pos), y.posn(y.d.Pos)
		if c := strings.Compare(px.Filename, py.Filename); c != 0 {
			return c
		}
		return px.Offset - py.Offset
	})

	if o.fix || o.diff {
		return exit(applyFixes(found, o.diff, stdout, stderr))
	}
	switch o.format {
	case "json":
		if err := graph.PrintJSON(stdout); err != nil {
			fmt.Fprintln(stderr, "lambdainit:", err)
			return exitError
		}
	case "sarif":
		if err := writeSARIF(stdout, found); err != nil {
			fmt.Fprintln(stderr, "lambdainit:", err)
			return exitError
		}
	default:
		// One write, not two system calls per finding.
		w := bufio.NewWriter(stdout)
		for _, f := range found {
			f.print(w)
		}
		if err := w.Flush(); err != nil {
			fmt.Fprintln(stderr, "lambdainit:", err)
			return exitError
		}
	}
	if len(found) > 0 {
		return exit(exitFindings)
	}
	return exit(exitClean)
}

// withoutBroken prints the errors of the packages that did not load or
// type-check, with paths relative to the working directory, and returns
// the packages that did, with whether any did not.
func withoutBroken(stderr io.Writer, pkgs []*packages.Package) ([]*packages.Package, bool) {
	if printLoadErrors(stderr, pkgs) == 0 {
		return pkgs, false
	}
	var ok []*packages.Package
	for _, p := range pkgs {
		if !anyErrors([]*packages.Package{p}, map[*packages.Package]bool{}) {
			ok = append(ok, p)
		}
	}
	return ok, true
}

// finding is a diagnostic with the file set that places it.
type finding struct {
	d    analysis.Diagnostic
	fset *token.FileSet
}

func (f finding) posn(pos token.Pos) token.Position { return f.fset.Position(pos) }

// print writes the finding as go vet does, with its related information
// indented below it, its paths relative to the working directory.
func (f finding) print(w io.Writer) {
	fmt.Fprintf(w, "%s: %s\n", relPosn(f.posn(f.d.Pos)), f.d.Message)
	for _, r := range f.d.Related {
		fmt.Fprintf(w, "%s: \t%s\n", relPosn(f.posn(r.Pos)), r.Message)
	}
}

// relPosn prints a position with its file relative to the working
// directory when the file is below it, as go vet prints them.
func relPosn(p token.Position) string {
	p.Filename = relPath(p.Filename)
	return p.String()
}

func relPath(name string) string {
	if wd, err := workDir(); err == nil {
		if rel, err := filepath.Rel(wd, name); err == nil && !strings.HasPrefix(rel, "..") {
			return rel
		}
	}
	return name
}

// workDir is the working directory, asked for once.
var workDir = sync.OnceValues(os.Getwd)

// printLoadErrors prints the errors of the packages, one a line, and
// returns how many there were.
func printLoadErrors(w io.Writer, pkgs []*packages.Package) int {
	if !anyErrors(pkgs, map[*packages.Package]bool{}) {
		return 0 // the common case, without packages.Visit's sorting of every import
	}
	seen := map[string]bool{} // a package and its test variant share errors
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, err := range p.Errors {
			msg := err.Msg
			if err.Pos != "" && err.Pos != "-" {
				msg = relPath(err.Pos) + ": " + err.Msg
			}
			if !seen[msg] {
				seen[msg] = true
				fmt.Fprintln(w, msg)
			}
		}
	})
	return len(seen)
}

// anyErrors reports whether pkgs or a package they import has errors.
func anyErrors(pkgs []*packages.Package, seen map[*packages.Package]bool) bool {
	for _, p := range pkgs {
		if seen[p] {
			continue
		}
		seen[p] = true
		if len(p.Errors) > 0 {
			return true
		}
		for _, imp := range p.Imports {
			if anyErrors([]*packages.Package{imp}, seen) {
				return true
			}
		}
	}
	return false
}

// applyFixes applies the first fix of every finding (each is a change of
// its own to the original files; identical edits, as when two fixes add
// the same declaration, count once), formats the files it changes, and
// writes them, or prints them as a diff. It then prints, one line each,
// the files it changed and the findings left, on stderr and stdout.
func applyFixes(found []finding, diff bool, stdout, stderr io.Writer) int {
	var fixes []fixcheck.Fix
	var fixed []bool // per finding: its fix is among those applied
	seenFix := map[string]int{}
	for _, f := range found {
		if len(f.d.SuggestedFixes) == 0 {
			fixed = append(fixed, false)
			continue
		}
		fix := fixcheck.FromAnalysis(f.fset, f.d.SuggestedFixes[:1])[0]
		key := fmt.Sprint(fix)
		if _, ok := seenFix[key]; !ok {
			seenFix[key] = len(fixes)
			fixes = append(fixes, fix)
		}
		fixed = append(fixed, true)
	}
	byFile := map[string][][]fixcheck.Edit{}
	var names []string
	for _, fix := range fixes {
		for name, edits := range fix.Edits {
			if byFile[name] == nil {
				names = append(names, name)
			}
			byFile[name] = append(byFile[name], edits)
		}
	}
	slices.Sort(names)
	// What the applied edits removed or replaced: a finding there moved
	// with another's fix.
	type span struct {
		file       string
		start, end int
	}
	var moved []span
	changed := 0
	status := exitClean
	for _, name := range names {
		src, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(stderr, "lambdainit:", err)
			return exitError
		}
		edits, dropped := fixcheck.Merge(byFile[name])
		if len(dropped) > 0 {
			// Cannot happen with lambdainit's own fixes, which never
			// conflict; said rather than hidden.
			fmt.Fprintf(stderr, "lambdainit: %s: %d fixes conflict with others and were left out\n", relPath(name), len(dropped))
		}
		out, err := fixcheck.Apply(src, edits)
		if err != nil {
			fmt.Fprintf(stderr, "lambdainit: %s: %v\n", relPath(name), err)
			return exitError
		}
		if formatted, err := format.Source(out); err == nil {
			out = formatted
		}
		for _, e := range edits {
			if e.End > e.Start {
				moved = append(moved, span{name, e.Start, e.End})
			}
		}
		changed++
		if diff {
			fmt.Fprint(stdout, unifiedDiff(relPath(name), src, out))
			status = exitFindings
			continue
		}
		if err := os.WriteFile(name, out, 0o644); err != nil {
			fmt.Fprintln(stderr, "lambdainit:", err)
			return exitError
		}
		fmt.Fprintf(stderr, "lambdainit: fixed %s\n", relPath(name))
	}
	left := 0
	for i, f := range found {
		if fixed[i] {
			continue
		}
		p := f.posn(f.d.Pos)
		if slices.ContainsFunc(moved, func(s span) bool { return s.file == p.Filename && s.start <= p.Offset && p.Offset < s.end }) {
			continue // moved by another finding's fix
		}
		if !diff {
			f.print(stdout)
		}
		left++
	}
	if left > 0 && !diff {
		fmt.Fprintf(stderr, "lambdainit: %d of %d findings have no automatic fix (see above)\n", left, len(found))
		status = exitFindings
	}
	return status
}

// usage prints -help: what lambdainit does and its flags.
func usage(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprintf(w, "lambdainit: %s\n\n", analyzer.Analyzer.Doc)
	fmt.Fprint(w, `Usage:
  lambdainit [flags] packages        report (exit 3 when there are findings)
  lambdainit -fix [flags] packages   apply the fixes; exit 3 when findings are left
  lambdainit -fix -diff packages     print the fixes as a diff; exit 3 when there are any
  lambdainit [flags] files.go …      the packages of those files
  lambdainit verify [flags] DIR…     apply every fix to a copy of each module and check it
  go vet -vettool=$(which lambdainit) [flags] packages
  go fix -fixtool=$(which lambdainit) packages

Exit codes: 0 nothing to report, 1 error, 2 bad usage, 3 findings
(under go vet: 1 for findings).

Flags:
`)
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// moduleDepsWithoutSyntax returns the import paths of the main module's
// packages that the loaded packages import but that were loaded as export
// data only.
func moduleDepsWithoutSyntax(roots []*packages.Package) []string {
	var more []string
	walkModule(roots, func(p *packages.Package) {
		if len(p.Syntax) == 0 && p.Name != "" {
			more = append(more, p.PkgPath)
		}
	})
	slices.Sort(more)
	return slices.Compact(more)
}

// pruneOutsideModule drops, from the import graph the checker walks, the
// packages outside the main module. lambdainit's facts (what a function of
// the module builds) exist only for the module's packages, and the checker
// would otherwise run the analyzer, to no effect, on every package of the
// SDK and the standard library the module imports. Their types are loaded
// already and stay. Without module information (GOPATH) nothing is pruned.
func pruneOutsideModule(roots []*packages.Package) {
	if !slices.ContainsFunc(roots, func(p *packages.Package) bool { return p.Module != nil }) {
		return
	}
	walkModule(roots, func(p *packages.Package) {
		for path, imp := range p.Imports {
			if !inMainModule(imp) {
				delete(p.Imports, path)
			}
		}
	})
}

// walkModule calls visit once for each package of the main module that
// the roots reach through packages of the main module.
func walkModule(roots []*packages.Package, visit func(*packages.Package)) {
	seen := map[*packages.Package]bool{}
	var walk func(p *packages.Package)
	walk = func(p *packages.Package) {
		if seen[p] || !inMainModule(p) {
			return // outside the module: nothing it imports is in it
		}
		seen[p] = true
		imports := slices.Collect(maps.Values(p.Imports)) // visit may prune them
		visit(p)
		for _, imp := range imports {
			walk(imp)
		}
	}
	for _, p := range roots {
		walk(p)
	}
}

func inMainModule(p *packages.Package) bool { return p.Module != nil && p.Module.Main }
