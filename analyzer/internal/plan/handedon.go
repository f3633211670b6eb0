package plan

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"
)

// handedOn follows v, a value with an end method (a pool, a connection),
// through the statements the function keeps: into the locals it is copied
// or wrapped in (conn := db, h := holder{db: db}, r := repo.New(db)), and
// out of them. It returns why sharing v is not safe, or "": a kept
// statement may close it through one of those locals, send it on a
// channel or store it where other code may close it. It also returns the
// result indexes at which the function returns v or a local holding it
// (anyResult for a function literal's return), for endedByCaller.
//
// A value a method of v returns (rows, a transaction, a statement) is not
// v, and nor is what a function returns whose results are all of v's own
// package or basic types: closing rows does not close their pool.
func (p *plan) handedOn(v *types.Var, kept []ast.Stmt) (string, map[int]bool) {
	info := p.ix.Pass.TypesInfo
	ids := p.ix.IdentsOf(p.fn)
	objOf := func(id *ast.Ident) types.Object {
		if x, ok := ids.Lookup(id); ok {
			if x.Def != nil {
				return x.Def
			}
			return x.Use
		}
		return info.ObjectOf(id)
	}
	body := p.body
	// local reports whether storing in obj keeps the value in this
	// invocation: a variable declared in the body, not a parameter, whose
	// pointee a caller shares, nor a package variable.
	local := func(obj types.Object) bool {
		return obj != nil && obj.Pos() >= body.Pos() && obj.Pos() < body.End()
	}
	held := map[types.Object]bool{v: true}
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && objOf(id) == v
	}
	var carries func(e ast.Expr) bool
	carries = func(e ast.Expr) bool {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			return held[objOf(e)]
		case *ast.UnaryExpr:
			return e.Op == token.AND && carries(e.X)
		case *ast.StarExpr:
			return carries(e.X)
		case *ast.TypeAssertExpr:
			return carries(e.X)
		case *ast.IndexExpr:
			return carries(e.X)
		case *ast.SliceExpr:
			return carries(e.X)
		case *ast.SelectorExpr:
			// A field of a local holding v may be v.
			sel := info.Selections[e]
			return sel != nil && sel.Kind() == types.FieldVal && !isV(e.X) && carries(e.X)
		case *ast.CompositeLit:
			for _, el := range e.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					el = kv.Value
				}
				if carries(el) {
					return true
				}
			}
		case *ast.CallExpr:
			if tv := info.Types[e.Fun]; tv.IsType() {
				return len(e.Args) == 1 && carries(e.Args[0])
			}
			in := slices.ContainsFunc(e.Args, carries)
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok && !in {
				in = carries(sel.X)
			}
			return in && mayHold(info.TypeOf(e), v.Type())
		}
		return false
	}
	fset := p.ix.Pass.Fset
	line := func(n ast.Node) int { return fset.Position(n.Pos()).Line }
	why := ""
	results := map[int]bool{}
	// flow records what an assignment of rhs to lhs holds, and says why
	// when it stores v outside the invocation's locals.
	flow := func(lhs ast.Expr, at ast.Node) bool {
		root := lhs
		for {
			switch e := ast.Unparen(root).(type) {
			case *ast.SelectorExpr:
				root = e.X
				continue
			case *ast.IndexExpr:
				root = e.X
				continue
			case *ast.StarExpr:
				root = e.X
				continue
			}
			break
		}
		if id, ok := ast.Unparen(root).(*ast.Ident); ok {
			if id.Name == "_" {
				return false
			}
			if obj := objOf(id); local(obj) {
				grew := !held[obj]
				held[obj] = true
				return grew
			}
		}
		why = fmt.Sprintf("%s stores %s in %s at line %d on every invocation, where other code may close it", p.fn.Name(), v.Name(), types.ExprString(lhs), line(at))
		return false
	}
	// assigns follows rhs into lhs (one value each, or one call's
	// results), and reports whether a new local holds v.
	assigns := func(lhs, rhs []ast.Expr, at ast.Node) bool {
		grew := false
		for i, l := range lhs {
			if len(rhs) == 0 {
				break
			}
			r := rhs[0]
			if len(rhs) == len(lhs) {
				r = rhs[i]
			}
			if carries(r) && flow(l, at) {
				grew = true
			}
		}
		return grew
	}
	called := map[*ast.SelectorExpr]bool{} // the selectors that are a call's function
	for grew := true; grew && why == ""; {
		grew = false
		for _, st := range kept {
			var litEnd token.Pos
			ast.Inspect(st, func(n ast.Node) bool {
				if why != "" {
					return false
				}
				switch n := n.(type) {
				case *ast.FuncLit:
					litEnd = max(litEnd, n.End())
				case *ast.AssignStmt:
					grew = assigns(n.Lhs, n.Rhs, n) || grew
				case *ast.ValueSpec:
					lhs := make([]ast.Expr, len(n.Names))
					for i, id := range n.Names {
						lhs[i] = id
					}
					grew = assigns(lhs, n.Values, n) || grew
				case *ast.SendStmt:
					if carries(n.Value) {
						why = fmt.Sprintf("%s sends %s on a channel at line %d on every invocation, and the receiver may close it", p.fn.Name(), v.Name(), line(n))
					}
				case *ast.RangeStmt:
					if carries(n.X) && n.Value != nil && flow(n.Value, n) {
						grew = true
					}
				case *ast.ReturnStmt:
					for i, r := range n.Results {
						if carries(r) {
							if n.Pos() < litEnd {
								i = anyResult
							}
							results[i] = true
						}
					}
				case *ast.DeferStmt:
					// A deferred call handed v is cleanup: db.Close, or
					// dbutil.Close(db) from another package.
					if slices.ContainsFunc(n.Call.Args, carries) {
						why = fmt.Sprintf("%s hands %s to %s, deferred at line %d, which may close it at the end of each invocation", p.fn.Name(), v.Name(), types.ExprString(n.Call.Fun), line(n))
					}
				case *ast.CallExpr:
					if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
						called[sel] = true
						if slices.Contains(endMethods, sel.Sel.Name) && !isV(sel.X) && carries(sel.X) {
							why = fmt.Sprintf("%s calls %s.%s at line %d on every invocation, and %s holds %s", p.fn.Name(), types.ExprString(sel.X), sel.Sel.Name, line(n), types.ExprString(sel.X), v.Name())
						}
					}
					// func(d *sql.DB) { … d.Close() }(db): the literal's
					// parameter holds it (its body is walked too).
					if lit, ok := ast.Unparen(n.Fun).(*ast.FuncLit); ok {
						params := paramVars(info, lit.Type)
						for i, a := range n.Args {
							if i < len(params) && params[i] != nil && carries(a) && !held[params[i]] {
								held[params[i]] = true
								grew = true
							}
						}
					}
				case *ast.SelectorExpr:
					// closeDB := db.Close: the method value may be called
					// where this walk cannot follow it. (A call of db's own
					// end method was refused before; see endedBy.)
					if !called[n] && slices.Contains(endMethods, n.Sel.Name) && (isV(n.X) || carries(n.X)) {
						if sel := info.Selections[n]; sel != nil && sel.Kind() == types.MethodVal {
							why = fmt.Sprintf("%s takes %s as a value at line %d on every invocation, which may be called at the end of it", p.fn.Name(), types.ExprString(n), line(n))
						}
					}
				}
				return true
			})
		}
	}
	if why != "" {
		return why + "; keeping it open is a decision to make, not a move", nil
	}
	return "", results
}

// paramVars returns the parameters a function type declares, in order.
func paramVars(info *types.Info, ft *ast.FuncType) []types.Object {
	var out []types.Object
	for _, f := range ft.Params.List {
		for _, n := range f.Names {
			out = append(out, info.Defs[n])
		}
		if len(f.Names) == 0 {
			out = append(out, nil) // unnamed: nothing holds it
		}
	}
	return out
}

// mayHold reports whether a call's result of type t may hold a value of
// type v: not when every result is a basic type or error, or a type of
// v's own package (the rows, transaction or connection a pool hands out).
func mayHold(t, v types.Type) bool {
	home := pkgOfType(v)
	var each []types.Type
	if tup, ok := t.(*types.Tuple); ok {
		for r := range tup.Variables() {
			each = append(each, r.Type())
		}
	} else if t != nil {
		each = []types.Type{t}
	}
	for _, r := range each {
		if _, basic := r.Underlying().(*types.Basic); basic || code.IsError(r) {
			continue
		}
		if home != nil && pkgOfType(r) == home {
			continue
		}
		return true
	}
	return false
}

// pkgOfType returns the package of a named type or a pointer to one.
func pkgOfType(t types.Type) *types.Package {
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Pkg()
	}
	return nil
}
