package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
)

// testWritten reports whether a test file of the package that this pass
// does not see (a pass over the package without its tests) assigns a
// variable named name, or takes its address. Such a test sets the
// variable and then calls the handler, so code that reads it must not move
// into init, which runs before the test. It goes by the name, from the
// syntax alone: a local of the same name only makes a landing lazier.
//
// This is the one read beyond the files of the pass, and it is as narrow
// as it can be: the _test.go files beside the package's own files, parsed,
// never type-checked, only when a fix reads a package variable, and never
// in the pass over the package with its tests, which sees them itself
// (its writes are indexed with the rest). Drivers analyze both variants
// of a package (singlechecker, gopls) or only one (go vet, the test
// variant), and apply the fixes of either; without this read, the plain
// variant would offer a fix that its test variant refuses, and whichever
// a driver applied first would win.
func (ix *index) testWritten(name string) bool {
	return ix.unseenTests().writes[name]
}

// testDecls returns the package-level names that test files of the package
// this pass does not see declare: a fix must not declare them too, or the
// package would not build with its tests.
func (ix *index) testDecls() map[string]bool {
	return ix.unseenTests().decls
}

// unseenTests reads the package's test files that the pass does not hold,
// once (see testWritten).
func (ix *index) unseenTests() *testFiles {
	if ix.tests == nil {
		ix.tests = &testFiles{writes: map[string]bool{}, decls: map[string]bool{}}
		if !ix.hasTests() {
			ix.scanTestFiles(ix.tests)
		}
	}
	return ix.tests
}

// testFiles is what the package's unseen test files write and declare.
type testFiles struct {
	writes, decls map[string]bool
}

// hasTests reports whether the pass holds the package's _test.go files.
func (ix *index) hasTests() bool {
	for _, f := range ix.pass.Files {
		if strings.HasSuffix(ix.pass.Fset.File(f.FileStart).Name(), "_test.go") {
			return true
		}
	}
	return false
}

func (ix *index) scanTestFiles(tf *testFiles) {
	seen := map[string]bool{}
	dirs := map[string]bool{}
	for _, f := range ix.pass.Files {
		name := ix.pass.Fset.File(f.FileStart).Name()
		seen[name] = true
		dirs[filepath.Dir(name)] = true
	}
	for dir := range dirs {
		matches, _ := filepath.Glob(filepath.Join(dir, "*_test.go"))
		for _, m := range matches {
			if seen[m] {
				continue // the pass has it: its writes are indexed
			}
			f, err := parser.ParseFile(token.NewFileSet(), m, nil, parser.SkipObjectResolution)
			if err != nil || f.Name.Name != ix.pass.Pkg.Name() {
				continue // an external test sets only exported variables
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if d.Recv == nil {
						tf.decls[d.Name.Name] = true
					}
				case *ast.GenDecl:
					for _, spec := range d.Specs {
						switch spec := spec.(type) {
						case *ast.ValueSpec:
							for _, id := range spec.Names {
								tf.decls[id.Name] = true
							}
						case *ast.TypeSpec:
							tf.decls[spec.Name.Name] = true
						}
					}
				}
			}
			ast.Inspect(f, func(n ast.Node) bool {
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
				}
				for _, e := range written {
					if id := rootIdent(e); id != nil {
						tf.writes[id.Name] = true
					}
				}
				return true
			})
		}
	}
}
