package analyzer

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
)

// helperResult reports whether a call of a function of this package
// returns the same value on every invocation, so that
// s3.NewFromConfig(loadCfg(ctx)) is Init work as a whole: its arguments
// are invariant, a context aside, every value it returns is
// (helperInvariant), and the Init work it does leaves the handler with the
// call (liftHelpers).
func (iv *invariance) helperResult(call *ast.CallExpr, callee *types.Func) bool {
	fn := iv.ix.plainHelper(callee)
	if fn == nil || !iv.args(call, true) || !iv.ix.helperInvariant(fn) {
		return false
	}
	// In the handler, a helper that does Init work gives the same value
	// only when its call leaves the handler with the code that uses it (it
	// is lifted); inside a body that moves as a whole, it moves too.
	return iv.whole || iv.ix.lifted[fn] || len(iv.ix.sums().summary(fn)) == 0
}

// plainHelper returns the declaration of a plain function of this package
// (no receiver, no type parameters), or nil.
func (ix *detection) plainHelper(callee *types.Func) *funcNode {
	if callee == nil || callee.Pkg() != ix.pass.Pkg {
		return nil
	}
	fn := ix.decls[callee]
	if fn == nil || fn.decl == nil || fn.decl.Body == nil || fn.decl.Recv != nil || fn.decl.Type.TypeParams != nil {
		return nil
	}
	return fn
}

// sums is the package's summariser, shared by the facts it exports and
// the helpers its handlers call.
func (ix *detection) sums() *summariser {
	if ix.summaries == nil {
		ix.summaries = &summariser{ix: ix, memo: map[*funcNode][]work{}, busy: map[*funcNode]bool{}}
	}
	return ix.summaries
}

// liftHelpers returns the per-invocation region with the calls of helpers
// lifted out of it. A helper of this package that only builds what it
// returns (a constructor, in the sense of facts.go), called with arguments
// that are the same on every invocation, is Init work at its call, as
// another package's constructor is: `cfg := loadCfg(ctx)` is the finding,
// and its fix moves the call, leaving the helper as written. Its body is
// then not part of the region, unless the handlers also reach it another
// way, in which case the call is not lifted and the body's own findings
// stand (two fixes, one inside the helper and one calling it from another
// init, could run in the wrong order).
func (ix *detection) liftHelpers(hs []*handler) []*reach {
	region := ix.region(hs, nil)
	iv := newInvariance(ix, region)
	s := ix.sums()
	lift := map[*ast.CallExpr]*candidate{}
	owner := map[*ast.CallExpr]*funcNode{}
	for _, r := range region {
		for _, site := range r.fn.sites {
			fn := ix.plainHelper(site.callee)
			if site.later || fn == nil || fn == r.fn {
				continue
			}
			ws := s.summary(fn)
			if len(ws) == 0 || !s.ctor(fn) || !ix.helperInvariant(fn) {
				continue
			}
			cur, ok := r.fn.cur.FindNode(site.call)
			if !ok {
				continue
			}
			c := &candidate{node: site.call, cur: cur, kind: ws[0].Kind, fn: site.callee, fact: &workFact{Work: ws, Ctor: true}}
			if !iv.args(site.call, true) || len(iv.factWork(c)) != len(ws) {
				// What it returns, or part of its work, varies: its body
				// is reported, where the work can move on its own.
				continue
			}
			lift[site.call], owner[site.call] = c, r.fn
		}
	}
	if len(lift) == 0 {
		return region
	}
	for {
		region = ix.region(hs, lift)
		in := map[*funcNode]bool{}
		for _, r := range region {
			in[r.fn] = true
		}
		n := len(lift)
		maps.DeleteFunc(lift, func(_ *ast.CallExpr, c *candidate) bool {
			// Reached another way, a helper whose work depends on none of
			// its parameters reports that work itself.
			return in[ix.decls[c.fn]] && slices.ContainsFunc(c.fact.Work, func(w work) bool { return len(w.Deps) == 0 })
		})
		if len(lift) == n {
			break
		}
	}
	if ix.lifted == nil {
		ix.lifted = map[*funcNode]bool{}
	}
	for call, c := range lift {
		fn := owner[call]
		ix.lifted[ix.decls[c.fn]] = true
		i, _ := slices.BinarySearchFunc(fn.cands, c.node.Pos(), func(x *candidate, p token.Pos) int { return cmp.Compare(x.node.Pos(), p) })
		fn.cands = slices.Insert(fn.cands, i, c)
	}
	return region
}

// helperInvariant answers helperResult's question about the function's
// body, once per function.
func (ix *detection) helperInvariant(fn *funcNode) bool {
	switch ix.helperMemo[fn] {
	case memoYes:
		return true
	case memoNo, memoBusy:
		return false // recursion does not build a value once
	}
	if ix.helperMemo == nil {
		ix.helperMemo = map[*funcNode]uint8{}
	}
	ix.helperMemo[fn] = memoBusy
	obj, _ := ix.pass.TypesInfo.Defs[fn.decl.Name].(*types.Func)
	ok := obj != nil && ix.helperBody(fn, obj)
	ix.helperMemo[fn] = memoNo
	if ok {
		ix.helperMemo[fn] = memoYes
	}
	return ok
}

func (ix *detection) helperBody(fn *funcNode, obj *types.Func) bool {
	sig := obj.Signature()
	if sig.Results().Len() == 0 {
		return false
	}
	if ix.writesPackageVar(fn.decl.Body) {
		return false // a cache or a counter: not the same answer each call
	}
	// Its parameters of type context.Context vary: the SDK may use them
	// while it builds (ctxOK); nothing else may read them.
	vary := map[*types.Var]bool{}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); isContext(p.Type()) {
			vary[p] = true
		}
	}
	iv := ix.wholeWith(vary)
	if fallback(ix.pass.TypesInfo, fn.decl, sig) {
		return false
	}
	ok, returns := true, 0
	ast.Inspect(fn.decl.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			returns++
			if len(n.Results) == 0 {
				// A bare return: what the named results hold.
				ok = ix.namedInvariant(iv, fn.decl.Type)
				return false
			}
			if last := len(n.Results) - 1; last > 0 && isError(iv.info().TypeOf(n.Results[last])) && !isNil(iv.info(), n.Results[last]) {
				return false // a failure: the caller's check answers it
			}
			for _, r := range n.Results {
				if !iv.expr(r) {
					ok = false
					return false
				}
			}
		}
		return true
	})
	return ok && returns > 0
}

// writesPackageVar reports whether body, its literals included, assigns
// a package variable or a field or element of one.
func (ix *detection) writesPackageVar(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		found = found || ix.writesPackageVarAt(n)
		return !found
	})
	return found
}

// writesPackageVarAt reports whether n itself assigns a package variable
// or a field or element of one (v = …, v.f = …, v[k] = …, v++), or hands
// out its address to be written.
func (ix *detection) writesPackageVarAt(n ast.Node) bool {
	info := ix.pass.TypesInfo
	writes := func(e ast.Expr) bool {
		id := rootIdent(e)
		if id == nil {
			return false
		}
		v, _ := info.Uses[id].(*types.Var)
		return v != nil && v.Parent() == ix.syms.pkgScope
	}
	switch n := n.(type) {
	case *ast.AssignStmt:
		return slices.ContainsFunc(n.Lhs, writes)
	case *ast.IncDecStmt:
		return writes(n.X)
	case *ast.UnaryExpr:
		return n.Op == token.AND && writes(n.X) // handed out to be written
	}
	return false
}

func (ix *detection) namedInvariant(iv *invariance, ft *ast.FuncType) bool {
	for _, f := range ft.Results.List {
		for _, n := range f.Names {
			v, _ := ix.pass.TypesInfo.Defs[n].(*types.Var)
			if v == nil || !iv.variable(v) {
				return false
			}
		}
	}
	return true
}
