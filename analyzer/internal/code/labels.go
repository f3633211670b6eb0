package code

import (
	_ "embed"
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// FuncLabel names a function or method of another package in messages:
// "repository.New", "repository.Store.Save".
func FuncLabel(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fn.Pkg().Name() + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	return Qualified(fn)
}

// Qualified names a function by its package's name: "dynamodb.NewFromConfig".
func Qualified(fn *types.Func) string {
	return fn.Pkg().Name() + "." + fn.Name()
}

// ImportsPath reports whether the pass's package imports path.
func ImportsPath(pass *analysis.Pass, path string) bool {
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == path {
			return true
		}
	}
	return false
}

// MentionsDirective reports whether a file holds a //lambdainit:handler
// comment, the only way a package without an entry point has handlers.
func MentionsDirective(files []*ast.File) bool {
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.HasPrefix(c.Text, "//lambdainit:handler") {
					return true
				}
			}
		}
	}
	return false
}

// Label names a constructor in messages: package and name, and for a
// method of the standard library its type too ("http.Transport.Clone",
// "template.Template.Parse"), where the name alone would say little.
func Label(fn *types.Func) string {
	if fn.Signature().Recv() != nil && IsStdPath(fn.Pkg().Path()) {
		return FuncLabel(fn)
	}
	return Qualified(fn)
}

// IsStdPath reports whether an import path is of the standard library: its
// first element has no dot.
func IsStdPath(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}
