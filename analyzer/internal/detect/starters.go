package detect

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Starters: a package of the module that wraps lambda.Start
// (platform.Start(h), which registers recoverer(h); or
// platform.BuildAndStart(get), which registers what get returns) makes
// its callers' arguments handlers. Its functions say so in their facts
// (WorkFact.Starts), and the package in a StarterFact, so that a main
// package that never imports aws-lambda-go still finds its handlers, by
// their types, at the call.

// StarterFact marks a package of the module with a function that
// registers a handler it is given (WorkFact.Starts).
type StarterFact struct{}

// AFact marks StarterFact as an analysis.Fact.
func (*StarterFact) AFact() {}

func (*StarterFact) String() string { return "starts handlers" }

// importsStarter reports whether the package imports a package of the
// module that registers handlers it is given.
func importsStarter(pkg *types.Package, imported func(*types.Package) bool) bool {
	for _, imp := range pkg.Imports() {
		if imported(imp) {
			return true
		}
	}
	return false
}

// starterFact returns the fact of callee, a function of another package
// of the module, when it registers a handler it is given.
func (ix *Detection) starterFact(callee *types.Func) *WorkFact {
	if callee == nil || callee.Pkg() == nil || callee.Pkg() == ix.Pass.Pkg || ix.Pass.ImportPackageFact == nil {
		return nil
	}
	starts, ok := ix.starterPkgs[callee.Pkg()]
	if !ok {
		starts = inModule(ix.Pass, callee.Pkg()) && ix.Pass.ImportPackageFact(callee.Pkg(), new(StarterFact))
		if ix.starterPkgs == nil {
			ix.starterPkgs = map[*types.Package]bool{}
		}
		ix.starterPkgs[callee.Pkg()] = starts
	}
	if !starts {
		return nil
	}
	if f := ix.anyFact(callee); f != nil && f.Starts > 0 {
		return f
	}
	return nil
}

// startsParam says which parameter of fn the registration r, made in fn,
// registers: the parameter itself or wrapped (lambda.Start(recoverer(h))),
// or what calling it returns (lambda.Start(get(cfg))). It answers the
// parameter's index plus one, 0 for none.
func (ix *Detection) startsParam(fn *FuncNode, r *Registration) (int, bool, string) {
	obj, _ := ix.Pass.TypesInfo.Defs[fn.Decl.Name].(*types.Func)
	if obj == nil || r.entry.Arg >= len(r.Call.Args) {
		return 0, false, ""
	}
	params := obj.Signature().Params()
	index := func(v types.Object) int {
		for i := range params.Len() {
			if params.At(i) == v {
				return i + 1
			}
		}
		return 0
	}
	seen := map[ast.Expr]bool{}
	method := ""
	var derive func(e ast.Expr) (int, bool)
	derive = func(e ast.Expr) (int, bool) {
		e = ast.Unparen(e)
		if seen[e] {
			return 0, false
		}
		seen[e] = true
		switch e := e.(type) {
		case *ast.Ident:
			if i := index(ix.Pass.TypesInfo.Uses[e]); i > 0 {
				return i, false
			}
			if call := ix.singleCall(e); call != nil {
				return derive(call)
			}
		case *ast.SelectorExpr:
			// adapter.ProxyWithContext, adapter := gorillamux.NewV2(router):
			// a method of a value made from the parameter serves it; r.Dispatch,
			// a method of the parameter itself, is what runs (method).
			if sel, ok := ix.Pass.TypesInfo.Selections[e]; ok && sel.Kind() == types.MethodVal {
				if id, ok := ast.Unparen(e.X).(*ast.Ident); ok && index(ix.Pass.TypesInfo.Uses[id]) > 0 && method == "" {
					method = e.Sel.Name
				}
				return derive(e.X)
			}
		case *ast.CallExpr:
			if id, ok := ast.Unparen(e.Fun).(*ast.Ident); ok {
				if i := index(ix.Pass.TypesInfo.Uses[id]); i > 0 {
					return i, true // get(cfg): what the parameter returns
				}
			}
			if _, ok := typeutil.Callee(ix.Pass.TypesInfo, e).(*types.Builtin); ok {
				return 0, false
			}
			// A wrapper or a conversion: what it is given.
			for _, a := range e.Args {
				if i, res := derive(a); i > 0 {
					return i, res
				}
			}
		}
		return 0, false
	}
	i, res := derive(r.Call.Args[r.entry.Arg])
	if i == 0 || res {
		method = ""
	}
	return i, res, method
}
