package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// This file answers what moved code reads of the process's environment,
// and who writes it: code that reads the environment must run after every
// write that ran before it did.

// envWrite is a call that changes the environment.
type envWrite struct {
	pos      token.Pos
	in       *funcNode
	inRegion bool // it runs on every invocation
}

// isEnvWrite reports whether callee is os.Setenv, os.Unsetenv or os.Clearenv.
func isEnvWrite(callee *types.Func) bool {
	return isOSFuncObj(callee, "Setenv", "Unsetenv", "Clearenv")
}

// envWrites returns the calls to os.Setenv, os.Unsetenv and os.Clearenv in
// the package's functions. The index pass recorded each with its outermost
// function; the function that holds it, and whether that runs on every
// invocation, are settled here, once, when a plan first asks.
func (ix *detection) envWrites() []envWrite {
	if ix.envsMemo != nil || len(ix.envs) == 0 {
		return ix.envsMemo
	}
	ix.envsMemo = make([]envWrite, len(ix.envs))
	for i, w := range ix.envs {
		w.in = ix.innermost(w.in, w.pos)
		w.inRegion = ix.inRegion[w.in]
		ix.envsMemo[i] = w
	}
	return ix.envsMemo
}

// innermost returns the literal of fn that holds pos, or fn.
func (ix *detection) innermost(fn *funcNode, pos token.Pos) *funcNode {
	for _, lit := range fn.lits {
		if lit.lit.Pos() <= pos && pos < lit.lit.End() {
			return ix.innermost(lit, pos)
		}
	}
	return fn
}

// reads is what a function of this package reads that its callers do not
// see at the call: package variables, and whether it reads the
// environment, through the functions of this package it calls.
type reads struct {
	vars []*types.Var
	env  bool
}

// helperReads returns what fn reads, once per function.
func (ix *detection) helperReads(fn *funcNode) reads {
	if r, ok := ix.readsMemo[fn]; ok {
		return r
	}
	if ix.readsMemo == nil {
		ix.readsMemo = map[*funcNode]reads{}
	}
	info := ix.pass.TypesInfo
	seen := map[*funcNode]bool{}
	vars := map[*types.Var]bool{}
	env := false
	var walk func(f *funcNode)
	walk = func(f *funcNode) {
		if f == nil || f.decl == nil || f.decl.Body == nil || seen[f] {
			return
		}
		seen[f] = true
		ast.Inspect(f.decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if v, ok := info.Uses[n].(*types.Var); ok && v.Parent() == ix.syms.pkgScope {
					vars[v] = true
				}
			case *ast.CallExpr:
				env = env || readsEnvCall(info, n)
				if callee, ok := typeutil.Callee(info, n).(*types.Func); ok {
					if callee.Pkg() == ix.pass.Pkg {
						walk(ix.decls[callee.Origin()])
					}
				}
			}
			return true
		})
	}
	walk(fn)
	r := reads{vars: slices.SortedFunc(maps.Keys(vars), func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) }), env: env}
	ix.readsMemo[fn] = r
	return r
}

// readsEnvCall reports whether call reads the environment: os.Getenv and
// its kind, or an SDK configuration load (AWS_REGION, AWS_PROFILE,
// AWS_ENDPOINT_URL and the rest).
func readsEnvCall(info *types.Info, call *ast.CallExpr) bool {
	if isOSFunc(info, call, "Getenv", "LookupEnv", "Environ", "ExpandEnv") {
		return true
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return false
	}
	c := classify(fn)
	return c != nil && c.kind == KindConfig
}

// isOSFunc reports whether call calls one of the named functions of os.
func isOSFunc(info *types.Info, call *ast.CallExpr, names ...string) bool {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	return isOSFuncObj(fn, names...)
}

// isOSFuncObj reports whether fn is the function of package os with one of
// the names.
func isOSFuncObj(fn *types.Func, names ...string) bool {
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "os" || fn.Signature().Recv() != nil {
		return false
	}
	return slices.Contains(names, fn.Name())
}

// setThrough reports whether v, a package variable, points to a value that
// code may set after the package is initialised: a *string, *int or the
// like that it got from a call (flag.String, which flag.Parse in main
// fills), not from a literal of its own.
func (ix *detection) setThrough(v *types.Var) bool {
	ptr, ok := v.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	if _, basic := ptr.Elem().Underlying().(*types.Basic); !basic {
		return false
	}
	for _, a := range ix.assigns[v] {
		call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
		if !ok || a.in != nil {
			continue
		}
		if _, builtin := typeutil.Callee(ix.pass.TypesInfo, call).(*types.Builtin); !builtin { // new(T): storage of its own
			return true
		}
	}
	return false
}
