package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
)

// testWritten reports whether a test file of the package that this pass
// does not see (a pass over the package without its tests) assigns a
// variable named name, or takes its address. Such a test sets the
// variable and then calls the handler, so code that reads it must not move
// into init, which runs before the test. It goes by the name, from the
// syntax alone: a local of the same name only makes a landing lazier.
func (ix *index) testWritten(name string) bool {
	if ix.testNames == nil {
		ix.testNames = ix.scanTestFiles()
	}
	return ix.testNames[name]
}

func (ix *index) scanTestFiles() map[string]bool {
	names := map[string]bool{}
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
						names[id.Name] = true
					}
				}
				return true
			})
		}
	}
	return names
}
