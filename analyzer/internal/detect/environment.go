package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"

	"golang.org/x/tools/go/types/typeutil"
)

// This file answers what moved code reads of the process's environment,
// and who writes it: code that reads the environment must run after every
// write that ran before it did.

// EnvWrite is a call that changes the environment.
type EnvWrite struct {
	Pos      token.Pos
	In       *FuncNode
	InRegion bool // it runs on every invocation
}

// isEnvWrite reports whether callee is os.Setenv, os.Unsetenv or os.Clearenv.
func isEnvWrite(callee *types.Func) bool {
	return isOSFuncObj(callee, "Setenv", "Unsetenv", "Clearenv")
}

// EnvWrites returns the calls to os.Setenv, os.Unsetenv and os.Clearenv in
// the package's functions. The index pass recorded each with its outermost
// function; the function that holds it, and whether that runs on every
// invocation, are settled here, once, when a plan first asks.
func (ix *Detection) EnvWrites() []EnvWrite {
	if ix.envsMemo != nil || len(ix.envs) == 0 {
		return ix.envsMemo
	}
	ix.envsMemo = make([]EnvWrite, len(ix.envs))
	for i, w := range ix.envs {
		w.In = ix.innermost(w.In, w.Pos)
		w.InRegion = ix.inRegion[w.In]
		ix.envsMemo[i] = w
	}
	return ix.envsMemo
}

// innermost returns the literal of fn that holds pos, or fn.
func (ix *Detection) innermost(fn *FuncNode, pos token.Pos) *FuncNode {
	for _, lit := range fn.lits {
		if lit.Lit.Pos() <= pos && pos < lit.Lit.End() {
			return ix.innermost(lit, pos)
		}
	}
	return fn
}

// Reads is what a function of this package reads that its callers do not
// see at the call: package variables, and whether it reads the
// environment, through the functions of this package it calls.
type Reads struct {
	Vars []*types.Var
	Env  bool
}

// HelperReads returns what fn reads, once per function.
func (ix *Detection) HelperReads(fn *FuncNode) Reads {
	if r, ok := ix.readsMemo[fn]; ok {
		return r
	}
	if ix.readsMemo == nil {
		ix.readsMemo = map[*FuncNode]Reads{}
	}
	info := ix.Pass.TypesInfo
	seen := map[*FuncNode]bool{}
	vars := map[*types.Var]bool{}
	env := false
	var walk func(f *FuncNode)
	walk = func(f *FuncNode) {
		if f == nil || f.Decl == nil || f.Decl.Body == nil || seen[f] {
			return
		}
		seen[f] = true
		ast.Inspect(f.Decl.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.Ident:
				if v, ok := info.Uses[n].(*types.Var); ok && v.Parent() == ix.Syms.PkgScope {
					vars[v] = true
				}
			case *ast.CallExpr:
				env = env || ReadsEnvCall(info, n)
				if callee, ok := typeutil.Callee(info, n).(*types.Func); ok {
					if callee.Pkg() == ix.Pass.Pkg {
						walk(ix.Decls[callee.Origin()])
					}
				}
			}
			return true
		})
	}
	walk(fn)
	r := Reads{Vars: slices.SortedFunc(maps.Keys(vars), func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) }), Env: env}
	ix.readsMemo[fn] = r
	return r
}

// ReadsEnvCall reports whether call reads the environment: os.Getenv and
// its kind, or an SDK configuration load (AWS_REGION, AWS_PROFILE,
// AWS_ENDPOINT_URL and the rest).
func ReadsEnvCall(info *types.Info, call *ast.CallExpr) bool {
	if isOSFunc(info, call, "Getenv", "LookupEnv", "Environ", "ExpandEnv") {
		return true
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok {
		return false
	}
	c := catalogue.Classify(fn)
	return c != nil && c.Kind == config.KindConfig
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

// SetThrough reports whether v, a package variable, points to a value that
// code may set after the package is initialised: a *string, *int or the
// like that it got from a call (flag.String, which flag.Parse in main
// fills), not from a literal of its own.
func (ix *Detection) SetThrough(v *types.Var) bool {
	ptr, ok := v.Type().Underlying().(*types.Pointer)
	if !ok {
		return false
	}
	if _, basic := ptr.Elem().Underlying().(*types.Basic); !basic {
		return false
	}
	for _, a := range ix.Assigns[v] {
		call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
		if !ok || a.In != nil {
			continue
		}
		if _, builtin := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Builtin); !builtin { // new(T): storage of its own
			return true
		}
	}
	return false
}
