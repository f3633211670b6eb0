package plan

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"
)

// A test that sets a package variable, or the environment, and then calls
// the handler needs the code that reads it to run after it, on every call:
// moved to init it would read too early, and moved into a once-only
// function it would keep the first test's value for the next test. So
// lambdainit reads what the package's tests write, by their syntax alone:
// names, not objects (a local of the same name only makes lambdainit more
// careful).
//
// In the pass over the package with its tests, that is the pass's own
// _test.go files. The pass over the package without them reads the
// _test.go files beside the package's files: the one read beyond the files
// of the pass, as narrow as it can be (parsed, never type-checked, once,
// only when a fix needs it). Drivers analyze both variants of a package
// (singlechecker, gopls) or one (go vet: the test variant), and apply the
// fixes of either; without this read the plain variant would offer a fix
// that its test variant refuses, and whichever a driver applied first
// would win.

// testFiles is what the package's tests write and declare.
type testFiles struct {
	writes map[string]string // variable name → the first test function that sets it
	env    string            // the first test function that sets the environment
	decls  map[string]bool   // package-level names the test files declare
	// refs maps each name a test function's body mentions to the first
	// test function that does: a test that calls the handler runs it
	// without main (see mainLanding).
	refs map[string]string
}

// testWriter returns the test function that sets a variable called name,
// or "".
func (pl *planner) testWriter(name string) string {
	return pl.testFiles().writes[name]
}

// testDecls returns the package-level names that the package's test files
// declare: a fix must not declare them too, or the package would not build
// with its tests.
func (pl *planner) testDecls() map[string]bool {
	return pl.testFiles().decls
}

// testFiles reads the package's test files, once.
func (pl *planner) testFiles() *testFiles {
	if pl.tests != nil {
		return pl.tests
	}
	pl.tests = &testFiles{writes: map[string]string{}, decls: map[string]bool{}, refs: map[string]string{}}
	var files []*ast.File
	seen := map[string]bool{}
	var dirs []string
	for _, f := range pl.ix.Pass.Files {
		name := pl.ix.Pass.Fset.File(f.FileStart).Name()
		seen[name] = true
		if strings.HasSuffix(name, "_test.go") {
			files = append(files, f)
		}
		if dir := filepath.Dir(name); !slices.Contains(dirs, dir) {
			dirs = append(dirs, dir)
		}
	}
	if len(files) == 0 { // the pass over the package without its tests
		for _, dir := range dirs {
			matches, _ := filepath.Glob(filepath.Join(dir, "*_test.go"))
			for _, m := range matches {
				if seen[m] {
					continue
				}
				if f, err := parser.ParseFile(token.NewFileSet(), m, nil, parser.SkipObjectResolution); err == nil {
					files = append(files, f)
				}
			}
		}
	}
	for _, f := range files {
		if f.Name.Name == pl.ix.Pass.Pkg.Name() { // an external test sets only exported variables
			pl.tests.scan(f)
		}
	}
	return pl.tests
}

// scan records what one test file declares and writes.
func (tf *testFiles) scan(f *ast.File) {
	for _, name := range code.DeclaredNames(f) {
		tf.decls[name] = true
	}
	for _, d := range f.Decls {
		if d, ok := d.(*ast.FuncDecl); ok && d.Body != nil {
			tf.scanBody(d.Name.Name, d.Body)
		}
	}
}

// scanBody records the variables and the environment a test function
// writes: assignments, increments, addresses taken, and Setenv, Unsetenv
// or Clearenv calls (t.Setenv, os.Setenv); and the names it mentions.
func (tf *testFiles) scanBody(test string, body *ast.BlockStmt) {
	ast.Inspect(body, func(n ast.Node) bool {
		var written []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			written = n.Lhs
		case *ast.IncDecStmt:
			written = []ast.Expr{n.X}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				written = []ast.Expr{n.X}
			}
		case *ast.Ident:
			if tf.refs[n.Name] == "" {
				tf.refs[n.Name] = test
			}
		case *ast.CallExpr:
			if sel, ok := n.Fun.(*ast.SelectorExpr); ok && tf.env == "" {
				switch sel.Sel.Name {
				case "Setenv", "Unsetenv", "Clearenv":
					tf.env = test
				}
			}
		}
		for _, e := range written {
			if id := code.RootIdent(e); id != nil && tf.writes[id.Name] == "" {
				tf.writes[id.Name] = test
			}
		}
		return true
	})
}
