package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
)

// The run-once rule. Code runs once per execution environment (or only
// when state that outlives the invocation says so, not on every
// invocation) when it sits on a path guarded by a condition that reads
// state outliving the invocation, and that state is written on the path or
// by the condition itself:
//
//	if client == nil { client = build() }                  a nil check
//	if !ready { …; ready = true }                          a flag
//	if c := p.Load(); c != nil { return c }; …; p.Store(c) an atomic, early return
//	if started.CompareAndSwap(false, true) { … }           the condition writes it
//	v, ok := cache.Load(k); if !ok { cache.LoadOrStore(k, build()) }
//	mu.Lock(); if m[k] == nil { m[k] = build() }           maps, under a lock or not
//	if rdb == nil { setRedis(redis.NewClient(…)) }          through a helper that writes it
//
// The state is a package variable, or what the method's receiver holds
// (a value built outside the handler); locals the condition reads count
// for the state they were read from earlier in the block.

// onceArgs marks as run-once the function arguments a call hands to
// parameters the callee calls only on a run-once path, when the callee is
// a method of state that outlives the invocation: s3Cell.Get(func() … {
// return s3.NewFromConfig(cfg) }) with s3Cell a package variable.
func (ix *indexer) onceArgs(callee *types.Func, call *ast.CallExpr) {
	if callee == nil || callee.Pkg() == ix.Pass.Pkg || callee.Signature().Recv() == nil || ix.Pass.ImportObjectFact == nil {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || ix.stateOf(sel.X) == nil {
		return
	}
	var f WorkFact
	if !inModule(ix.Pass, callee.Pkg()) || !ix.Pass.ImportObjectFact(callee.Origin(), &f) {
		return
	}
	for _, i := range f.OnceParams {
		if i < len(call.Args) {
			ix.pushOnce(call.Args[i].Pos(), call.Args[i].End())
		}
	}
}

// stateWriters are the methods that write the state they are called on.
var stateWriters = map[string]bool{
	"Store": true, "Swap": true, "CompareAndSwap": true, "LoadOrStore": true, "LoadAndDelete": true,
	"Add": true, "Set": true, "Put": true, "Delete": true,
}

// isSyncWriter reports whether fn is a method of package sync or
// sync/atomic that writes the value it is called on (atomic.Pointer.Store,
// sync.Map.LoadOrStore); isSyncLoad, one that reads it.
func isSyncWriter(fn *types.Func) bool {
	return syncMethod(fn) && stateWriters[fn.Name()]
}

func isSyncLoad(fn *types.Func) bool {
	return syncMethod(fn) && fn.Name() == "Load"
}

func syncMethod(fn *types.Func) bool {
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() == nil {
		return false
	}
	p := fn.Pkg().Path()
	return p == "sync/atomic" || p == "sync"
}

// runOnce reports the ranges of code that s guards by the rule, and
// whether it found any; guard is the state s's condition reads and
// condWrites whether the condition writes it (guardState).
func (ix *indexer) runOnce(s *ast.IfStmt, cur inspector.Cursor, guard guardReads, condWrites bool) bool {
	block, _ := cur.Parent().Node().(*ast.BlockStmt)
	if len(guard.state) == 0 {
		return false
	}
	found := false
	if condWrites || ix.writesState(s.Body, guard) {
		ix.pushOnce(s.Body.Pos(), s.Body.End())
		found = true
	}
	if s.Else != nil && ix.writesState(s.Else, guard) {
		ix.pushOnce(s.Else.Pos(), s.Else.End())
		found = true
	}
	if !found && block != nil && ix.storedAfter(s, block, guard) {
		// c := <-s.slot; if c == nil { c = build() }; s.slot <- c: the
		// body sets a local read from the state, and the block then
		// stores that local back into it.
		ix.pushOnce(s.Body.Pos(), s.Body.End())
		found = true
	}
	// if c != nil { return c }: the rest of the block runs only when the
	// state is not set yet; or, when the body returns only on some of its
	// paths (if c != nil { if c.Ping() == nil { return c }; c = nil }), not
	// set or no longer good.
	// if cache != nil { goto done }: the same, up to the label.
	label := skipsTo(s.Body, block)
	if block != nil && s.Else == nil && (returns(s.Body) || label >= 0) {
		var rest []ast.Stmt
		for i, st := range block.List {
			if st == s {
				rest = block.List[i+1:]
				if label > i {
					rest = block.List[i+1 : label]
				}
			}
		}
		end := block.End()
		if label >= 0 {
			end = block.List[label].Pos()
		}
		for _, st := range rest {
			if ix.writesState(st, guard) {
				ix.pushOnce(s.End(), end)
				if ix.cacheHits == nil {
					ix.cacheHits = map[*ast.BlockStmt]bool{}
				}
				ix.cacheHits[s.Body] = true
				found = true
				break
			}
		}
	}
	return found
}

// markLocals sets g.locals: of the locals defined by defs, those given
// what the state held, directly or through another such local.
func (g *guardReads) markLocals(ix *indexer, defs map[*types.Var][]ast.Expr) {
	for changed := true; changed; {
		changed = false
		for v, rhs := range defs {
			if g.locals[v] {
				continue
			}
			if slices.ContainsFunc(rhs, ix.readsState) || slices.ContainsFunc(rhs, func(r ast.Expr) bool { return mentions(ix.info, r, g.locals) }) {
				if g.locals == nil {
					g.locals = map[*types.Var]bool{}
				}
				g.locals[v], changed = true, true
			}
		}
	}
}

// storedAfter reports whether the body of s assigns a local the guard
// read from the state, and a later statement of block writes the state
// with that local.
func (ix *indexer) storedAfter(s *ast.IfStmt, block *ast.BlockStmt, guard guardReads) bool {
	if len(guard.locals) == 0 {
		return false
	}
	set := map[*types.Var]bool{}
	ast.Inspect(s.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					if v, ok := ix.info.Uses[id].(*types.Var); ok && guard.locals[v] {
						set[v] = true
					}
				}
			}
		}
		_, lit := n.(*ast.FuncLit)
		return !lit
	})
	if len(set) == 0 {
		return false
	}
	i := slices.Index(block.List, ast.Stmt(s))
	for _, st := range block.List[i+1:] {
		if ix.writesState(st, guard) && mentions(ix.info, st, set) {
			return true
		}
	}
	return false
}

// readsState reports whether e reads persistent state (stateOf).
func (ix *indexer) readsState(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if x, ok := n.(ast.Expr); ok && !found && ix.stateOf(x) != nil {
			found = true
		}
		_, lit := n.(*ast.FuncLit)
		return !found && !lit
	})
	return found
}

// mentions reports whether n uses one of vars.
func mentions(info *types.Info, n ast.Node, vars map[*types.Var]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && vars[v] {
				found = true
			}
		}
		return !found
	})
	return found
}

// errCheck reports whether cond compares a local error with nil.
func (ix *indexer) errCheck(cond ast.Expr) bool {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.NEQ && be.Op != token.EQL {
		return false
	}
	x, y := ast.Unparen(be.X), ast.Unparen(be.Y)
	if id, ok := x.(*ast.Ident); ok && id.Name == "nil" {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if n, isNil := y.(*ast.Ident); !ok || !isNil || n.Name != "nil" {
		return false
	}
	v, ok := ix.info.Uses[id].(*types.Var)
	return ok && v.Parent() != ix.Syms.PkgScope && code.IsError(v.Type())
}

// guardState returns the persistent state s's condition reads, directly
// or through locals read from it earlier in the block, whether the
// condition itself writes it (CompareAndSwap, LoadOrStore), and the keys
// it looks the state up by (clients[k], cache.Load(k)).
func (ix *indexer) guardState(s *ast.IfStmt, block *ast.BlockStmt) (guardReads, bool, []ast.Expr) {
	state := map[types.Object]bool{}
	g := guardReads{state: state, fields: map[types.Object][]string{}}
	whole := map[types.Object]bool{}
	read := func(obj types.Object, e ast.Expr) {
		state[obj] = true
		if p := ix.fieldPath(e, obj); p != "" {
			g.fields[obj] = append(g.fields[obj], p)
		} else {
			whole[obj] = true
		}
	}
	writes := false
	var keys []ast.Expr
	var locals []*types.Var
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.IndexExpr:
				if ix.stateOf(n.X) != nil {
					keys = append(keys, n.Index)
				}
			case *ast.CallExpr:
				sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
				if !ok {
					break
				}
				if (sel.Sel.Name == "Load" || sel.Sel.Name == "LoadOrStore") && len(n.Args) > 0 && ix.stateOf(sel.X) != nil {
					keys = append(keys, n.Args[0])
				}
				if stateWriters[sel.Sel.Name] {
					if obj := ix.stateOf(sel.X); obj != nil {
						read(obj, sel.X)
						writes = true
					}
				}
			case *ast.Ident:
				if obj := ix.stateOf(n); obj != nil {
					read(obj, n)
				} else if v, ok := ix.info.Uses[n].(*types.Var); ok && !v.IsField() {
					locals = append(locals, v)
				}
			case *ast.SelectorExpr:
				if obj := ix.stateOf(n); obj != nil {
					read(obj, n)
					return false
				}
			}
			return true
		})
	}
	visit(s.Cond)
	if s.Init != nil {
		visit(s.Init)
	}
	// A local the condition reads, defined earlier in the block from
	// persistent state: c, _ := clientVal.Load().(*Client). The statement
	// that declares it is found by position (the block's statements are
	// in source order): a long handler has many checks of err.
	if block != nil && len(locals) > 0 {
		list := block.List
		seen := map[*types.Var]bool{}
		defs := map[*types.Var][]ast.Expr{}
		// Locals defined from locals defined from the state, too:
		// v, _ := cache.Load(k); c, _ := v.(*Client); if c == nil.
		for k := 0; k < len(locals) && k < 16; k++ {
			v := locals[k]
			if seen[v] {
				continue
			}
			seen[v] = true
			i := sort.Search(len(list), func(i int) bool { return list[i].Pos() > v.Pos() }) - 1
			if i < 0 || list[i] == ast.Stmt(s) || v.Pos() >= list[i].End() {
				continue
			}
			if as, ok := list[i].(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
				for _, r := range as.Rhs {
					visit(r)
				}
				// Every local it defines, v among them (c, ok :=
				// tables[k]: c too holds what the state held).
				for _, l := range as.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						if lv, ok := ix.info.Defs[id].(*types.Var); ok {
							defs[lv] = as.Rhs
						}
					}
				}
			}
		}
		g.markLocals(ix, defs)
	}
	for obj := range whole {
		delete(g.fields, obj)
	}
	return g, writes, keys
}

// guardReads is the persistent state a guard's condition reads (state),
// and, for a package variable it reads only through fields (shared.ready,
// shared.cache.Load(k)), those fields' paths ("ready", "cache"): the
// guard keeps what the path stores into one of them, not into a sibling
// field (if !shared.ready { shared.client = … } never sets ready).
type guardReads struct {
	state  map[types.Object]bool
	fields map[types.Object][]string
	// locals are the locals the condition reads that were given what the
	// state held earlier in the block (c := <-s.slot; v, ok := m[k]).
	locals map[*types.Var]bool
}

// writes reports whether writing the field path p of obj ("" for obj as a
// whole) writes state the guard reads.
func (g guardReads) writes(obj types.Object, p string) bool {
	if !g.state[obj] {
		return false
	}
	paths, ok := g.fields[obj]
	return !ok || slices.ContainsFunc(paths, func(r string) bool { return code.Overlaps(r, p) })
}

// fieldPath returns the fields through which e reads package variable
// obj (code.FieldPath); "" for a receiver's field, which stateOf names
// by the field already.
func (ix *indexer) fieldPath(e ast.Expr, obj types.Object) string {
	if v, ok := obj.(*types.Var); !ok || v.IsField() {
		return ""
	}
	return code.FieldPath(ix.info, e)
}

// uniqueKey reports whether a cache key is new on every invocation: the
// request ID of the Lambda context (lc.AwsRequestID), directly, through a
// local given it, or as part of a key built from it. A cache looked up by
// such a key never hits.
func (ix *Detection) uniqueKey(e ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		v, ok := ix.Pass.TypesInfo.Uses[e.Sel].(*types.Var)
		return ok && v.IsField() && v.Name() == "AwsRequestID" && v.Pkg() != nil && v.Pkg().Path() == catalogue.LambdaContextPkg
	case *ast.BinaryExpr:
		return ix.uniqueKey(e.X, depth+1) || ix.uniqueKey(e.Y, depth+1)
	case *ast.Ident:
		v, ok := ix.Pass.TypesInfo.Uses[e].(*types.Var)
		if !ok || v.Kind() != types.LocalVar {
			return false
		}
		// Every value it is given (var id string; if lc != nil { id =
		// lc.AwsRequestID }: the zero value and constants aside, the
		// defaults of a run outside Lambda, where the context has none).
		n := 0
		for _, a := range ix.Assigns[v] {
			if a.rhs == nil && !a.Opaque {
				continue
			}
			if tv, ok := ix.Pass.TypesInfo.Types[a.rhs]; ok && tv.Value != nil {
				continue // a default for runs outside Lambda (reqID := "local")
			}
			if a.Opaque || !ix.uniqueKey(a.rhs, depth+1) {
				return false
			}
			n++
		}
		return n > 0
	case *ast.CallExpr:
		// fmt.Sprintf("%s/%s", lc.AwsRequestID, name) and the like.
		for _, a := range e.Args {
			if ix.uniqueKey(a, depth+1) {
				return true
			}
		}
	}
	return false
}

// stateOf returns the persistent state an expression reads: a package
// variable, or a field of the method's receiver (by the field); nil for
// anything else.
func (ix *indexer) stateOf(e ast.Expr) types.Object {
	e = ast.Unparen(e)
	if !ix.persistent(e) {
		return nil
	}
	id := code.RootIdent(e)
	v, _ := ix.info.Uses[id].(*types.Var)
	if v == nil {
		return nil
	}
	if v.Parent() == ix.Syms.PkgScope {
		return v
	}
	if _, bare := e.(*ast.Ident); bare && v.Kind() == types.LocalVar {
		return v // a local captured from main, init or a factory, whole
	}
	// The receiver: the field it holds names the state (c.m[k] is c.m's).
	for x := e; ; {
		switch ix := x.(type) {
		case *ast.IndexExpr:
			x = ast.Unparen(ix.X)
			continue
		case *ast.StarExpr:
			x = ast.Unparen(ix.X)
			continue
		}
		sel, ok := x.(*ast.SelectorExpr)
		if !ok {
			return nil // the receiver itself
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && ix.info.Uses[id] == v {
			return ix.info.ObjectOf(sel.Sel)
		}
		x = ast.Unparen(sel.X)
	}
}

// writesState reports whether n writes any of the state: an assignment or
// increment of it (or of a field or element of it), a writer method
// called on it, or a call of a function of this package that writes it.
func (ix *indexer) writesState(n ast.Node, guard guardReads) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if obj := ix.stateOf(l); obj != nil && guard.writes(obj, ix.fieldPath(l, obj)) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if obj := ix.stateOf(n.X); obj != nil && guard.writes(obj, ix.fieldPath(n.X, obj)) {
				found = true
			}
		case *ast.SendStmt:
			// s.slot <- c: a channel of the state holds what is sent.
			if obj := ix.stateOf(n.Chan); obj != nil && guard.writes(obj, ix.fieldPath(n.Chan, obj)) {
				found = true
			}
		case *ast.CallExpr:
			// close(h.ready): a receive from the state succeeds from then on.
			if b, ok := typeutil.Callee(ix.info, n).(*types.Builtin); ok && b.Name() == "close" && len(n.Args) == 1 {
				if obj := ix.stateOf(n.Args[0]); obj != nil && guard.writes(obj, ix.fieldPath(n.Args[0], obj)) {
					found = true
				}
			}
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && stateWriters[sel.Sel.Name] && !ix.keepsRecv(n) {
				if obj := ix.stateOf(sel.X); obj != nil && guard.writes(obj, ix.fieldPath(sel.X, obj)) {
					found = true
				}
			}
			if f, ok := typeutil.Callee(ix.info, n).(*types.Func); ok && f.Pkg() == ix.Pass.Pkg {
				for obj := range guard.state {
					if v, ok := obj.(*types.Var); ok && ix.writtenBy(v, f) {
						found = true
					}
				}
				// c.refresh(key) storing c.values[key]: a method of the
				// receiver whose fields hold the state, writing them.
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && ix.stateOf(sel.X) == nil {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && isRecv(ix.info.Uses[id]) {
						for obj := range guard.state {
							if v, ok := obj.(*types.Var); ok && v.IsField() && ix.writesRecvField(f, v, 0) {
								found = true
							}
						}
					}
				}
			}
		}
		return !found
	})
	return found
}

// keepsRecv reports whether call, a method call named like a writer
// (repo.Put(ctx, item)), is of a method of the module known to write
// nothing through its receiver: this package's, by its body; another
// package's, by its fact (WorkFact.KeepsRecv). A library's method, or
// one not known, is taken by its name (cache.Set(k, v)).
func (ix *indexer) keepsRecv(call *ast.CallExpr) bool {
	f, ok := typeutil.Callee(ix.info, call).(*types.Func)
	if !ok || f.Pkg() == nil || f.Signature().Recv() == nil || !ix.inModulePkg(f.Pkg()) {
		return false
	}
	if f.Pkg() != ix.Pass.Pkg {
		fact := ix.anyFact(f)
		return fact != nil && fact.KeepsRecv
	}
	ix.fillDeclSyntax()
	decl := ix.declSyntax[f.Origin()]
	return decl != nil && !assignsThroughRecv(ix.info, decl, nil)
}

// assignsThroughRecv reports whether a method's body may write through
// its receiver: an assignment, increment or address taken of something
// rooted at it, a call of a writer-named method on it or a field of it,
// or a part of it of a reference type handed on (syntax only: the index
// is being built), unless leaves, when given, knows the call leaves what
// its argument i refers to as it was.
func assignsThroughRecv(info *types.Info, decl *ast.FuncDecl, leaves func(call *ast.CallExpr, i int) bool) bool {
	if decl.Recv == nil || len(decl.Recv.List) == 0 || len(decl.Recv.List[0].Names) == 0 {
		return false // no receiver name: nothing reaches it
	}
	recv := info.Defs[decl.Recv.List[0].Names[0]]
	rooted := func(e ast.Expr) bool {
		id := code.RootIdent(e)
		return id != nil && recv != nil && info.Uses[id] == recv
	}
	// &r.TableName as a field of an SDK operation input: the SDK reads
	// what the pointer points at.
	read := map[ast.Expr]bool{}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if lit, ok := n.(*ast.CompositeLit); ok && catalogue.InputType(info.TypeOf(lit)) != nil {
			for _, elt := range lit.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					read[kv.Value] = true
				}
			}
		}
		return true
	})
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			found = found || slices.ContainsFunc(n.Lhs, rooted)
		case *ast.IncDecStmt:
			found = found || rooted(n.X)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && rooted(n.X) && !read[n]
		case *ast.CallExpr:
			if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok && rooted(sel.X) && stateWriters[sel.Sel.Name] {
				found = true // r.cache.Set(k, v)
			}
			for i, a := range n.Args {
				if !rooted(a) {
					continue
				}
				switch t := info.TypeOf(a); t.Underlying().(type) {
				case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Interface:
					// Handed to what may write through it.
					found = found || !refersToStorage(t) || leaves == nil || !leaves(n, i)
				}
			}
		}
		return !found
	})
	return found
}

// isRecv reports whether obj is a method's receiver.
func isRecv(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && v.Kind() == types.RecvVar
}

// writesRecvField reports whether method f of this package writes field
// of its receiver: assigns it (or an element or field of it), calls a
// writer method on it, or calls another method of the receiver that does.
func (ix *indexer) writesRecvField(f *types.Func, field *types.Var, depth int) bool {
	ix.fillDeclSyntax()
	decl := ix.declSyntax[f.Origin()]
	if depth > 2 || decl == nil || decl.Body == nil || decl.Recv == nil || len(decl.Recv.List) == 0 || len(decl.Recv.List[0].Names) == 0 {
		return false
	}
	recv := ix.info.Defs[decl.Recv.List[0].Names[0]]
	// through reports whether e reaches field from the receiver.
	through := func(e ast.Expr) bool {
		if id := code.RootIdent(e); id == nil || recv == nil || ix.info.Uses[id] != recv {
			return false
		}
		hit := false
		ast.Inspect(e, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && ix.info.Uses[sel.Sel] == field {
				hit = true
			}
			return !hit
		})
		return hit
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			found = found || slices.ContainsFunc(n.Lhs, through)
		case *ast.CallExpr:
			sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !ok {
				break
			}
			if stateWriters[sel.Sel.Name] && through(sel.X) {
				found = true
			} else if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && recv != nil && ix.info.Uses[id] == recv {
				if g, ok := ix.info.Uses[sel.Sel].(*types.Func); ok && g.Pkg() == ix.Pass.Pkg {
					found = ix.writesRecvField(g, field, depth+1)
				}
			}
		}
		return !found
	})
	return found
}

// writtenBy reports whether function f of this package assigns package
// variable v (a setter).
func (ix *indexer) writtenBy(v *types.Var, f *types.Func) bool {
	ix.fillDeclSyntax()
	if v == nil {
		return false
	}
	decl := ix.declSyntax[f.Origin()]
	if decl == nil {
		return false
	}
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id := code.RootIdent(l); id != nil && ix.info.Uses[id] == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// fillDeclSyntax maps the package's functions to their declarations, for
// questions asked before the traversal reaches them.
func (ix *indexer) fillDeclSyntax() {
	if ix.declSyntax != nil {
		return
	}
	ix.declSyntax = map[types.Object]*ast.FuncDecl{}
	for _, file := range ix.Pass.Files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				ix.declSyntax[ix.info.Defs[fd.Name]] = fd
			}
		}
	}
}

// skipsTo returns the index in block of the label that body, an if's
// body in block, ends by jumping forward to (goto done), or -1.
func skipsTo(body, block *ast.BlockStmt) int {
	if block == nil || len(body.List) == 0 {
		return -1
	}
	br, ok := body.List[len(body.List)-1].(*ast.BranchStmt)
	if !ok || br.Tok != token.GOTO || br.Label == nil {
		return -1
	}
	for i, st := range block.List {
		if l, ok := st.(*ast.LabeledStmt); ok && l.Label.Name == br.Label.Name && l.Pos() > body.End() {
			return i
		}
	}
	return -1
}

// returns reports whether b returns on some path: a return statement in
// it, not in a function literal.
func returns(b *ast.BlockStmt) bool {
	found := false
	ast.Inspect(b, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ReturnStmt:
			found = true
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// The converse for package variables: a guard keeps what it builds only
// while its state lives. A handler that clears the state on every run
// (defer cache.Reset(), defer func() { tmpl = nil }()) makes the guarded
// path run on every invocation. Only clearing that always happens counts:
// a statement of the function's body itself or one it defers, or a call
// made there of a function that always clears (of this package, or
// another's by its fact). Clearing on a failure (if err != nil { db = nil })
// is how a cache recovers, and keeps it a cache.

// ClearsEachRun returns the package variables of the module (objKey) that
// every run of fn clears: sets to nil, to an empty value or a new map.
func (ix *Detection) ClearsEachRun(fn *FuncNode) map[string]bool {
	if out, ok := ix.clearsMemo[fn]; ok {
		return out
	}
	if ix.clearsMemo == nil {
		ix.clearsMemo = map[*FuncNode]map[string]bool{}
	}
	ix.clearsMemo[fn] = nil // recursion clears nothing more
	out := map[string]bool{}
	info := ix.Pass.TypesInfo
	call := func(out map[string]bool, e ast.Expr) {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return
		}
		if b, ok := typeutil.Callee(info, c).(*types.Builtin); ok && b.Name() == "clear" && len(c.Args) == 1 {
			if k := ix.clearedKey(fn, c.Args[0]); k != "" {
				out[k] = true
			}
			return
		}
		callee, _ := typeutil.Callee(info, c).(*types.Func)
		if callee == nil {
			return
		}
		// current.Store(nil), cache.Clear(): a sync or atomic value emptied.
		if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok && syncMethod(callee.Origin()) &&
			(callee.Name() == "Clear" || (callee.Name() == "Store" || callee.Name() == "Swap") && len(c.Args) == 1 && ix.emptyValue(c.Args[0])) {
			if k := ix.clearedKey(fn, sel.X); k != "" {
				out[k] = true
			}
			return
		}
		if node := ix.Decls[callee.Origin()]; node != nil && node.Decl.Body != nil {
			maps.Copy(out, ix.ClearsEachRun(node))
		} else if f := ix.anyFact(callee); f != nil {
			for _, k := range f.Clears {
				out[k] = true
			}
		}
	}
	var stmts func(out map[string]bool, list []ast.Stmt)
	stmts = func(out map[string]bool, list []ast.Stmt) {
		for _, st := range list {
			switch st := st.(type) {
			case *ast.AssignStmt:
				if st.Tok == token.ASSIGN && len(st.Lhs) == len(st.Rhs) {
					for i, l := range st.Lhs {
						if k := ix.clearedKey(fn, l); k != "" && ix.emptyValue(st.Rhs[i]) {
							out[k] = true
						}
					}
				}
				for _, r := range st.Rhs {
					call(out, r)
				}
			case *ast.ExprStmt:
				call(out, st.X)
			case *ast.DeferStmt:
				if lit, ok := ast.Unparen(st.Call.Fun).(*ast.FuncLit); ok {
					stmts(out, lit.Body.List)
				} else {
					call(out, st.Call)
				}
			case *ast.IfStmt:
				// if rdb != nil { rdb.Close(); rdb = nil }: cleared
				// either way.
				if k := ix.nonNilCheck(fn, st); k != "" && !returns(st.Body) {
					in := map[string]bool{}
					stmts(in, st.Body.List)
					if in[k] {
						out[k] = true
					}
				}
			}
		}
	}
	stmts(out, fn.Body().List)
	if len(out) == 0 {
		out = nil
	}
	ix.clearsMemo[fn] = out
	return out
}

// nonNilCheck returns the state an if statement with no init or else
// checks is not nil (if rdb != nil), named
// as clearedKey does; "" for any other if.
func (ix *Detection) nonNilCheck(fn *FuncNode, st *ast.IfStmt) string {
	b, ok := ast.Unparen(st.Cond).(*ast.BinaryExpr)
	if !ok || st.Init != nil || st.Else != nil || b.Op != token.NEQ {
		return ""
	}
	x, y := b.X, b.Y
	if code.IsNil(ix.Pass.TypesInfo, x) {
		x, y = y, x
	}
	if !code.IsNil(ix.Pass.TypesInfo, y) {
		return ""
	}
	return ix.clearedKey(fn, x)
}

// clearedKey names the state e is, for ClearsEachRun: a package
// variable (objKey), or a field of the method's receiver (fieldGuardKey);
// "" for anything else.
func (ix *Detection) clearedKey(fn *FuncNode, e ast.Expr) string {
	if v := ix.pkgVarOf(e); v != nil {
		return objKey(v)
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok || fn.Decl == nil || fn.Decl.Recv == nil {
		return ""
	}
	x, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return ""
	}
	recv, _ := ix.params(fn)
	if recv == nil || ix.Pass.TypesInfo.Uses[x] != recv {
		return ""
	}
	if f, ok := ix.Pass.TypesInfo.Uses[sel.Sel].(*types.Var); ok && f.IsField() {
		return fieldGuardKey(recv, f)
	}
	return ""
}

// fieldGuardKey names a field of a receiver's type: "path T.f".
func fieldGuardKey(recv *types.Var, f *types.Var) string {
	if named := namedOf(recv.Type()); named != nil && named.Obj().Pkg() != nil {
		return typeKey(named.Obj()) + "." + f.Name()
	}
	return ""
}

// pkgVarOf returns the package variable e names, or nil.
func (ix *Detection) pkgVarOf(e ast.Expr) *types.Var {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	}
	if id == nil {
		return nil
	}
	v, _ := ix.Pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return nil
	}
	return v
}

// emptyValue reports whether e is a value that holds nothing built: nil,
// a composite literal with no elements, or a new map.
func (ix *Detection) emptyValue(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CompositeLit:
		return len(e.Elts) == 0
	case *ast.CallExpr:
		b, ok := typeutil.Callee(ix.Pass.TypesInfo, e).(*types.Builtin)
		return ok && b.Name() == "make"
	}
	return code.IsNil(ix.Pass.TypesInfo, e)
}

// keyParam returns, for a guard that looks its state up by a parameter
// of fn (scoped.Load(requestID)), that parameter's index plus one; 0 for
// none. A caller that passes a key new on every invocation makes the
// guarded path run every time (Work.KeyParam).
func (ix *indexer) keyParam(keys []ast.Expr, fn *FuncNode) int {
	if fn == nil || fn.Decl == nil {
		return 0
	}
	_, params := ix.params(fn)
	for _, k := range keys {
		if id, ok := ast.Unparen(k).(*ast.Ident); ok {
			if v, ok := ix.info.Uses[id].(*types.Var); ok {
				if i := slices.Index(params, v); i >= 0 {
					return i + 1
				}
			}
		}
	}
	return 0
}

// guardKeys names a guard's package variables as facts do.
func guardKeys(vs []*types.Var) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = objKey(v)
	}
	return out
}

// requestKeyed stands, in a guard's keys (Work.Guard), for a lookup by a
// key new on every invocation: the guard never keeps anything.
const requestKeyed = "$request-key"

// covered reports whether clearing the variables of cleared clears every
// variable of a guard.
func covered(guard []string, cleared map[string]bool) bool {
	if slices.Contains(guard, requestKeyed) {
		return true
	}
	for _, g := range guard {
		if !cleared[g] {
			return false
		}
	}
	return len(guard) > 0
}

// selectGuard applies the run-once rule to a select with a default case
// (select { case <-h.ready: return h.c; default: }): a case receiving from
// state that outlives the invocation is the guard's read, which holds
// once the state is closed or filled. The default case, when it writes
// that state (close(h.ready), h.slot <- c), runs once; so does the rest
// of the block after a select whose receiving cases all return, when it
// writes the state.
func (ix *indexer) selectGuard(s *ast.SelectStmt, cur inspector.Cursor) {
	g := guardReads{state: map[types.Object]bool{}, fields: map[types.Object][]string{}}
	var def *ast.CommClause
	allReturn := true
	for _, st := range s.Body.List {
		cc, ok := st.(*ast.CommClause)
		if !ok {
			continue
		}
		if cc.Comm == nil {
			def = cc
			continue
		}
		var recv ast.Expr
		switch c := cc.Comm.(type) {
		case *ast.ExprStmt:
			recv = c.X
		case *ast.AssignStmt:
			if len(c.Rhs) == 1 {
				recv = c.Rhs[0]
			}
		}
		u, ok := ast.Unparen(recv).(*ast.UnaryExpr)
		if !ok || u.Op != token.ARROW {
			return // a send: not a guard
		}
		obj := ix.stateOf(u.X)
		if obj == nil {
			return
		}
		g.state[obj] = true
		if p := ix.fieldPath(u.X, obj); p != "" {
			g.fields[obj] = append(g.fields[obj], p)
		}
		allReturn = allReturn && returns(&ast.BlockStmt{List: cc.Body})
	}
	if def == nil || len(g.state) == 0 {
		return // without a default, a select waits: no guard
	}
	ix.guard = ix.guardFrame(g.state, nil)
	defer func() { ix.guard = frame{} }()
	if ix.writesState(&ast.BlockStmt{List: def.Body}, g) {
		ix.pushOnce(def.Colon, def.End())
		return
	}
	block, _ := cur.Parent().Node().(*ast.BlockStmt)
	if block == nil || !allReturn || len(def.Body) > 0 {
		return
	}
	for i, st := range block.List {
		if st != ast.Stmt(s) {
			continue
		}
		rest := &ast.BlockStmt{List: block.List[i+1:]}
		if ix.writesState(rest, g) {
			ix.pushOnce(s.End(), block.End())
		}
	}
}
