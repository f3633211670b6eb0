package detect

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
)

// helperResult reports whether a call of a function of this package
// returns the same value on every invocation, so that
// s3.NewFromConfig(loadCfg(ctx)) is Init work as a whole: its arguments
// are invariant, a context aside, every value it returns is
// (helperInvariant), and the Init work it does leaves the handler with the
// call (moveHelperCalls).
func (iv *Invariance) helperResult(call *ast.CallExpr, callee *types.Func) bool {
	fn := iv.ix.Helper(callee)
	// The same value, even when the helper does Init work of its own
	// (server := initServer(), which builds the router): that work is
	// reported where it is, and what is built from the value is reported
	// too; whether a fix can move it is the planner's question.
	return fn != nil && iv.args(call, true) && iv.recvSame(call, fn) && iv.ix.HelperInvariant(fn)
}

// funcFieldResult reports whether a call through the function field f
// (a.build() with a.build = a.routes) answers the same on every
// invocation: every value the package stores into f is a function or a
// method value of this package, bound to a receiver that is the same on
// every invocation and that the method does not write through, whose
// result is the same for the call's arguments (helperResult). The field
// is this package's, and one other packages cannot set.
func (iv *Invariance) funcFieldResult(call *ast.CallExpr, f *types.Var) bool {
	stores := iv.ix.FuncFields[f]
	if len(stores) == 0 || f.Pkg() != iv.ix.Pass.Pkg || f.Exported() && iv.ix.Pass.Pkg.Name() != "main" || !iv.args(call, true) {
		return false // another package may store something else
	}
	for _, st := range stores {
		id := code.IdentOf(ast.Unparen(st.Value))
		callee, _ := iv.info().Uses[id].(*types.Func)
		fn := iv.ix.Helper(callee)
		if id == nil || fn == nil || !iv.ix.HelperInvariant(fn) {
			return false
		}
		if fn.Decl.Recv != nil {
			sel, ok := ast.Unparen(st.Value).(*ast.SelectorExpr)
			if s, isSel := iv.info().Selections[sel]; !ok || !isSel || s.Kind() != types.MethodVal || !iv.Expr(sel.X) || iv.ix.writesRecv(fn) {
				return false
			}
		}
	}
	return true
}

// Helper returns the declaration of a function or method of this package
// with a body and no type parameters (nor a receiver type with some), or
// nil: a builder's methods are helpers as its constructor is.
func (ix *Detection) Helper(callee *types.Func) *FuncNode {
	if callee == nil || callee.Pkg() != ix.Pass.Pkg || callee.Signature().RecvTypeParams().Len() > 0 {
		return nil
	}
	fn := ix.Decls[callee]
	if fn == nil || fn.Decl == nil || fn.Decl.Body == nil || fn.Decl.Type.TypeParams != nil {
		return nil
	}
	return fn
}

// genericHelper returns the declaration of a generic function of this
// package with a body (not a method: a generic type's methods are
// followed as written), or nil.
func (ix *Detection) genericHelper(callee *types.Func) *FuncNode {
	if callee == nil || callee.Pkg() != ix.Pass.Pkg || callee.Signature().Recv() != nil {
		return nil
	}
	fn := ix.Decls[callee.Origin()]
	if fn == nil || fn.Decl == nil || fn.Decl.Body == nil || fn.Decl.Type.TypeParams == nil {
		return nil
	}
	return fn
}

// recvSame reports whether a call of the helper fn, when it is a method,
// gets the same receiver on every invocation: an invariant value, and one
// built afresh by the call's own chain when the method writes through it
// (newBuilder(cfg).Region("eu-west-1").Build()), since moved to Init its
// writes to a value others hold would happen once.
func (iv *Invariance) recvSame(call *ast.CallExpr, fn *FuncNode) bool {
	if fn.Decl.Recv == nil {
		return true
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if s, ok := iv.info().Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return false // a method expression: its receiver is an argument
	}
	// A summary asks what the value is, not whether the call may move:
	// s.Config(ctx) on the method's own receiver gives what Config keeps.
	return iv.Expr(sel.X) && (iv.stateful || !iv.ix.writesRecv(fn) || iv.ix.fresh(sel.X))
}

// writesRecv reports whether the method fn assigns through its receiver
// (b.region = r, b.opts[k] = v, *b = …, b.n++), its literals included. A
// value receiver's own fields are its copy's (o.region = r in a With
// method): only writes through a pointer, map or slice it holds count.
func (ix *Detection) writesRecv(fn *FuncNode) bool {
	fields, all := ix.recvFieldWrites(fn, false)
	return all || len(fields) > 0
}

// recvFieldWrites returns the fields of its receiver the method fn writes
// (b.region = r, b.opts[k] = v, &b.state handed out), and all when it
// writes the receiver as a whole or through a path that names no field:
// writesRecv, by field.
func (ix *Detection) recvFieldWrites(fn *FuncNode, skipOnce bool) (fields map[string]bool, all bool) {
	recv, _ := ix.params(fn)
	if recv == nil {
		return nil, false
	}
	info := ix.Pass.TypesInfo
	_, ptr := recv.Type().Underlying().(*types.Pointer)
	read := map[ast.Expr]bool{}
	// A cache the method fills on a path that runs once per receiver
	// value (if s.c == nil { s.c = … }, s.once.Do(func() { s.cfg = … }))
	// holds the same value after: not a change of what it answers.
	once := map[token.Pos]bool{}
	onceLits := map[*ast.FuncLit]bool{}
	if skipOnce {
		for _, a := range ix.Assigns[recv] {
			if a.Once {
				once[a.Pos] = true
			}
		}
		for _, l := range fn.recvLits {
			onceLits[l.Lit] = true
		}
	}
	note := func(e ast.Expr) {
		if once[e.Pos()] {
			return
		}
		id := code.RootIdent(e)
		if id == nil || info.Uses[id] != recv || !ptr && !sharedThrough(info, e) {
			return
		}
		if f := code.FirstField(info, e); f != "" {
			fields = setAdd(fields, f)
		} else {
			all = true
		}
	}
	ast.Inspect(fn.Decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return !onceLits[n]
		case *ast.CompositeLit:
			if catalogue.InputType(info.TypeOf(n)) != nil {
				for _, e := range n.Elts {
					if kv, ok := e.(*ast.KeyValueExpr); ok {
						read[kv.Value] = true
					}
				}
			}
		case *ast.AssignStmt:
			if once[n.Pos()] {
				return true
			}
			for _, l := range n.Lhs {
				note(l)
			}
		case *ast.IncDecStmt:
			note(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND && !read[n] {
				note(n.X) // handed out to be written
			}
		}
		return !all
	})
	return fields, all
}

// fieldsMutated returns the fields of t's named type (of this package)
// that a method writes through its receiver, and all when one writes the
// value as a whole.
func (ix *Detection) fieldsMutated(t types.Type) (map[string]bool, bool) {
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() != ix.Pass.Pkg {
		return nil, false
	}
	var fields map[string]bool
	for m := range named.Methods() {
		if fn := ix.Decls[m.Origin()]; fn != nil && fn.Decl != nil && fn.Decl.Body != nil {
			fs, all := ix.recvFieldWrites(fn, true)
			if all {
				return nil, true
			}
			for f := range fs {
				fields = setAdd(fields, f)
			}
		}
	}
	return fields, false
}

// typeMutated reports whether a method of t's named type (t or a pointer
// to it, of this package) writes through its receiver: a value of it
// does not keep what it was built with.
func (ix *Detection) typeMutated(t types.Type) bool {
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() != ix.Pass.Pkg {
		return false
	}
	if m, ok := ix.mutatedTypes[named.Obj()]; ok {
		return m
	}
	if ix.mutatedTypes == nil {
		ix.mutatedTypes = map[*types.TypeName]bool{}
	}
	fields, all := ix.fieldsMutated(t)
	out := all || len(fields) > 0
	ix.mutatedTypes[named.Obj()] = out
	return out
}

// fresh reports whether e is a value built anew each time it is
// evaluated: a composite literal, its address, new(T), or a call of a
// helper that returns such a value or its own fresh receiver
// (newBuilder(cfg).Region(r)).
func (ix *Detection) fresh(e ast.Expr) bool {
	info := ix.Pass.TypesInfo
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		// A local given only fresh values: built anew on each run of its
		// function (scope := &Scope{Cfg: cfg}).
		v, ok := info.Uses[e].(*types.Var)
		if !ok || v.Kind() != types.LocalVar || len(ix.Assigns[v]) == 0 {
			return false
		}
		// Declared in the function that uses it, not captured from one
		// around it (main's svc, used by the handler literal), unless
		// the literals between run while that function does (g.Go(func()
		// { clients.get(r) }), defer, go).
		if in := ix.funcAt(e.Pos()); in == nil || !ix.declaredWithin(in, v) {
			return false
		}
		return ix.freshlyAssigned(v)
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(e.X).(*ast.CompositeLit)
		return e.Op == token.AND && lit
	case *ast.CallExpr:
		if b, ok := typeutil.Callee(info, e).(*types.Builtin); ok {
			return b.Name() == "new"
		}
		callee := ix.FuncOf(e)
		var fresh uint8
		if fn := ix.Helper(callee); fn != nil {
			fresh = ix.returnsFresh(fn)
		} else if f := ix.anyFact(callee); f != nil {
			fresh = f.Fresh
		}
		switch fresh {
		case freshYes:
			return true
		case freshRecv:
			sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
			return ok && ix.fresh(sel.X)
		}
	}
	return false
}

// copiesPkgValue reports whether e, assigned to a local, copies a package
// variable holding a struct by value (r := render.Default): the local is
// a new value, whatever the variable's methods keep on it.
func (ix *Detection) copiesPkgValue(e ast.Expr) bool {
	v := ix.pkgVarOf(e)
	if v == nil {
		return false
	}
	_, isStruct := v.Type().Underlying().(*types.Struct)
	return isStruct
}

// freshlyAssigned reports whether every value v is given is built afresh
// (b := &builder{}), or is a value for one of its fields (b.region = r),
// which leaves it the same value.
func (ix *Detection) freshlyAssigned(v *types.Var) bool {
	as := ix.Assigns[v]
	_, isStruct := v.Type().Underlying().(*types.Struct)
	return len(as) > 0 && !slices.ContainsFunc(as, func(a Assignment) bool {
		if a.zero {
			// var m memo: a new zero struct (a zero pointer, map or
			// interface is nil, filled later, counts by what fills it).
			return !isStruct && len(as) == 1
		}
		if isStruct && a.Escapes && a.Field == "" {
			// json.Unmarshal(detail, &e): written in place, still this
			// run's own value.
			return false
		}
		return !a.setsField() && (a.Opaque || a.elem || a.rhs == nil || !ix.fresh(a.rhs) && !ix.copiesPkgValue(a.rhs))
	})
}

// recvGuardFields returns the receiver's fields that the guards of fn's
// run-once paths read (Candidate.Guard of its recvCands).
func recvGuardFields(fn *FuncNode) map[string]bool {
	out := map[string]bool{}
	for _, c := range fn.recvCands {
		for _, f := range c.Guard {
			out[f.Name()] = true
		}
	}
	return out
}

// localOf returns the local variable e names, or nil.
func (ix *Detection) localOf(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if v, ok := ix.Pass.TypesInfo.Uses[id].(*types.Var); ok && v.Kind() == types.LocalVar {
		return v
	}
	return nil
}

// setsGuardField reports whether e is a local some write of which sets
// one of the fields guard reads (s.c = shared before s.objects()).
func (ix *Detection) setsGuardField(e ast.Expr, guard map[string]bool) bool {
	v := ix.localOf(e)
	if v == nil {
		return false
	}
	for _, a := range ix.Assigns[v] {
		if first, _, _ := strings.Cut(a.Field, "."); a.Field != "" && guard[first] {
			return true
		}
	}
	return false
}

// freshKeeping is fresh for a local that, besides values built afresh,
// is only written through fields none of guard (request := &request{app:
// a}; json.Unmarshal(body, &request.inv); request.inv.Currency = cur):
// the same new value, whose guarded fields start empty on every run.
func (ix *Detection) freshKeeping(e ast.Expr, guard map[string]bool) bool {
	v := ix.localOf(e)
	if v == nil || len(guard) == 0 || len(ix.Assigns[v]) == 0 {
		return false
	}
	if in := ix.funcAt(e.Pos()); in == nil || !ix.declaredWithin(in, v) {
		return false
	}
	whole := 0
	for _, a := range ix.Assigns[v] {
		if a.Field != "" {
			continue // not one of guard's (setsGuardField)
		}
		if a.zero || a.Opaque || a.elem || a.rhs == nil || !ix.fresh(a.rhs) {
			return false
		}
		whole++
	}
	return whole > 0
}

// declaredWithin reports whether v is declared in fn, or in a function
// around it of which fn is a literal that runs while that function runs:
// called in place, by go or defer, or handed to a call (an errgroup's
// g.Go). main and init run once: what they declare is not the
// invocation's.
func (ix *Detection) declaredWithin(fn *FuncNode, v *types.Var) bool {
	d := fn.declaring(v)
	if d == nil || d != fn && (d.IsNamed("main") || d.IsNamed("init")) {
		return false
	}
	for f := fn; f != d; f = f.Outer {
		p, ok := f.cur.Parent().Node().(*ast.CallExpr)
		if !ok || p.Fun != ast.Expr(f.Lit) && !slices.Contains(p.Args, ast.Expr(f.Lit)) {
			return false
		}
	}
	return true
}

// declaring returns the function, f or one around it, whose body declares
// v; nil when v is not a local of any of them.
func (f *FuncNode) declaring(v *types.Var) *FuncNode {
	for ; f != nil; f = f.Outer {
		if f.Node().Pos() <= v.Pos() && v.Pos() < f.Node().End() {
			return f
		}
	}
	return nil
}

// perCallRecv says how a method's receiver-guarded work runs on every
// call: on a receiver built afresh, all of it; on a copy (copiedRecv),
// what is kept in the copy's own fields.
const (
	perCallCopy uint8 = iota + 1
	perCallFresh
)

// freshFor reports whether the receiver of call makes w, work the callee
// keeps per receiver value, run on every call: built afresh (and, for
// work kept on a value it holds, from values built so too), or a copy
// whose own fields the guard reads.
func (ix *Detection) freshFor(call *ast.CallExpr, w Work) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	guard := map[string]bool{}
	for _, k := range w.Guard {
		if i := strings.LastIndexByte(k, '.'); i >= 0 {
			guard[k[i+1:]] = true // "path T.f"
		}
	}
	if ix.setsGuardField(sel.X, guard) {
		return false // s.c = shared before s.Objects(): the guard holds
	}
	if ix.fresh(sel.X) || ix.freshKeeping(sel.X, guard) {
		return !w.InField || ix.deepFresh(sel.X, 0)
	}
	return !w.InField && !w.SharedGuard && ix.copiedRecv(sel.X)
}

// recvField reports whether call is a method call on a value held in a
// field of recv, reached from it (s.deps.S3(ctx), s.a.b.Get()).
func (ix *Detection) recvField(call *ast.CallExpr, recv *types.Var) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	for {
		s := ix.Pass.TypesInfo.Selections[x]
		if s == nil || s.Kind() != types.FieldVal {
			return false
		}
		switch e := ast.Unparen(x.X).(type) {
		case *ast.Ident:
			return ix.Pass.TypesInfo.Uses[e] == recv
		case *ast.SelectorExpr:
			x = e
		default:
			return false
		}
	}
}

// deepFresh reports whether e is built afresh where it is, from values
// built so too and plain values only (svc := thumbnails.NewService(
// container.New(), os.Getenv("TABLE"))): nothing it holds, however deep,
// was made before, so what any value in it keeps lasts as long as it.
func (ix *Detection) deepFresh(e ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	info := ix.Pass.TypesInfo
	part := func(a ast.Expr) bool {
		t := info.TypeOf(a)
		return t != nil && (plainValue(t, 0) || code.IsContext(t)) || ix.deepFresh(a, depth+1)
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, ok := info.Uses[e].(*types.Var)
		if !ok || !ix.fresh(e) {
			return false
		}
		for _, a := range ix.Assigns[v] {
			switch {
			case a.Through != nil:
				if !part(a.Through) {
					return false
				}
			case a.Opaque || a.rhs == nil || a.elem || !ix.deepFresh(a.rhs, depth+1):
				return false
			}
		}
		return true
	case *ast.CompositeLit:
		for _, elt := range e.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				elt = kv.Value
			}
			if !part(elt) {
				return false
			}
		}
		return true
	case *ast.UnaryExpr:
		return e.Op == token.AND && ix.deepFresh(e.X, depth)
	case *ast.CallExpr:
		if b, ok := typeutil.Callee(info, e).(*types.Builtin); ok {
			return b.Name() == "new"
		}
		callee := ix.FuncOf(e)
		if callee == nil {
			return false
		}
		only := false
		if fn := ix.Helper(callee); fn != nil {
			only = ix.returnsFresh(fn) == freshYes && ix.holdsOnlyArgs(fn)
		} else if f := ix.SameOf(callee); f != nil {
			only = f.FreshArgs
		}
		return only && all(e.Args, part)
	}
	return false
}

// holdsOnlyArgs reports whether each value fn returns is a composite
// literal (or its address) whose elements are fn's parameters, plain
// values or values built afresh (what deepFresh asks of a constructor).
func (ix *Detection) holdsOnlyArgs(fn *FuncNode) bool {
	if fn.Decl == nil || fn.Decl.Body == nil {
		return false
	}
	info := ix.Pass.TypesInfo
	_, params := ix.params(fn)
	elemOK := func(e ast.Expr) bool {
		if id, isID := ast.Unparen(e).(*ast.Ident); isID {
			if v, _ := info.Uses[id].(*types.Var); v != nil && slices.Contains(params, v) {
				return true
			}
		}
		t := info.TypeOf(e)
		return t != nil && plainValue(t, 0) || ix.deepFresh(e, 3)
	}
	results := firstResults(fn.Decl.Body)
	for _, r := range results {
		if r == nil {
			return false
		}
		r = ast.Unparen(r)
		if u, isU := r.(*ast.UnaryExpr); isU && u.Op == token.AND {
			r = ast.Unparen(u.X)
		}
		lit, isLit := r.(*ast.CompositeLit)
		if !isLit {
			return false
		}
		for _, elt := range lit.Elts {
			if kv, isKV := elt.(*ast.KeyValueExpr); isKV {
				elt = kv.Value
			}
			if !elemOK(elt) {
				return false
			}
		}
	}
	return len(results) > 0
}

// copiedRecv reports whether x is the value receiver of the method whose
// body holds it, or a struct parameter of the function (go func(w Mailer,
// …) { w.send(…) }(*m, rec)), or a field of one reached without a pointer
// (h.SigningKey of func (h Handler) Handle): a copy made on each call, so
// what a method of it keeps there lasts that call only. Not in a function
// literal of the function, which may outlive the call with the copy it
// captured.
func (ix *Detection) copiedRecv(x ast.Expr) bool {
	info := ix.Pass.TypesInfo
	if _, ptr := info.TypeOf(x).Underlying().(*types.Pointer); ptr {
		return false // s.assets of type *Listing: every copy points at one
	}
	for {
		switch e := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			sel := info.Selections[e]
			if sel == nil || sel.Kind() != types.FieldVal || sel.Indirect() {
				return false
			}
			x = e.X
			continue
		case *ast.Ident:
			v, _ := info.Uses[e].(*types.Var)
			if v == nil || v.Kind() != types.RecvVar && v.Kind() != types.ParamVar || len(ix.Assigns[v]) > 0 {
				return false
			}
			if _, isStruct := v.Type().Underlying().(*types.Struct); !isStruct {
				return false // a pointer receiver, or one that is no struct
			}
			flow := ix.flowOf(v)
			return flow != nil && flow.innerLit(e.Pos()) == flow.innerLit(v.Pos())
		}
		return false
	}
}

const (
	freshNo = iota + 1
	freshYes
	freshRecv // the receiver, fresh when the call's receiver is
)

// returnsFresh says what every return of fn hands back first: values
// built there (b := &builder{}; …; return b), or its receiver.
func (ix *Detection) returnsFresh(fn *FuncNode) uint8 {
	if r, ok := ix.freshMemo[fn]; ok {
		return r
	}
	if ix.freshMemo == nil {
		ix.freshMemo = map[*FuncNode]uint8{}
	}
	ix.freshMemo[fn] = freshNo // recursion builds nothing new
	info := ix.Pass.TypesInfo
	recv, _ := ix.params(fn)
	out := uint8(freshYes)
	local := func(e ast.Expr) (*types.Var, bool) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil, false
		}
		v, ok := info.Uses[id].(*types.Var)
		return v, ok
	}
	results := firstResults(fn.Decl.Body)
	if len(results) == 0 {
		out = freshNo
	}
	for _, r := range results {
		if out == freshNo {
			break
		}
		if r == nil {
			out = freshNo
			break
		}
		if tv, ok := info.Types[r]; ok && tv.IsNil() {
			continue // return nil, err: no value on that path
		}
		if v, ok := local(r); ok {
			switch {
			case v == recv && recv != nil:
				out = min(out, freshRecv)
				continue
			case v.Parent() != ix.Syms.PkgScope && ix.freshlyAssigned(v):
				continue // a local built here
			}
		}
		if !ix.fresh(r) {
			out = freshNo
		}
	}
	ix.freshMemo[fn] = out
	return out
}

// firstResults returns the first result of each return statement of
// body, in order, nil for a bare return; not those of its literals.
func firstResults(body *ast.BlockStmt) []ast.Expr {
	var out []ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			var r ast.Expr
			if len(n.Results) > 0 {
				r = n.Results[0]
			}
			out = append(out, r)
			return false
		}
		return true
	})
	return out
}

// sums is the package's summariser, shared by the facts it exports and
// the helpers its handlers call.
func (ix *Detection) sums() *summariser {
	if ix.summaries == nil {
		ix.summaries = &summariser{ix: ix, memo: map[*FuncNode][]Work{}, gmemo: map[*FuncNode][]Work{}, rmemo: map[*FuncNode][]Work{}, busy: map[*FuncNode]bool{}}
	}
	return ix.summaries
}

// moveHelperCalls returns the per-invocation region with the calls of helpers
// moving whole out of it. A helper of this package that only builds what it
// returns (a constructor, in the sense of facts.go), called with arguments
// that are the same on every invocation, is Init work at its call, as
// another package's constructor is: `cfg := loadCfg(ctx)` is the finding,
// and its fix moves the call, leaving the helper as written. Its body is
// then not part of the region, unless the handlers also reach it another
// way, in which case the call does not move and the body's own findings
// stand (two fixes, one inside the helper and one calling it from another
// init, could run in the wrong order).
func (ix *Detection) moveHelperCalls(hs []*Handler) []*Reach {
	region := ix.region(hs, nil)
	ix.mutated = ix.recvMutated(region)
	iv := newInvariance(ix, region)
	s := ix.sums()
	moved := map[*ast.CallExpr]*Candidate{}
	owner := map[*ast.CallExpr]*FuncNode{}
	partial := map[*ast.CallExpr]*Candidate{}
	for _, r := range region {
		for _, ds := range r.Fn.dynSites {
			ix.dynHelperCall(r.Fn, ds, s, iv, partial, owner)
		}
		for _, site := range r.Fn.sites {
			fn := ix.Helper(site.callee)
			if g := ix.genericHelper(site.callee); g != nil && !site.later && !site.iface && g != r.Fn {
				// ready[C describer](ctx, c, table): its work from what
				// it is given is reported at the call, with no fix (the
				// call stays; its body is followed as written).
				if ws := s.summary(g); len(ws) > 0 {
					ix.partialCall(r.Fn, site, ws, nil, iv, partial, owner)
				}
				continue
			}
			if site.later || site.iface || fn == nil || fn == r.Fn {
				continue
			}
			ws, returned := s.summary(fn), false
			var handed []Work
			if ins := s.returned(fn); len(ins) > 0 {
				// An operation input it returns, which the call hands to
				// an operation: its body does not report it.
				if cur, ok := r.Fn.cur.FindNode(site.call); ok && iv.inputUse(cur, r.Fn) == useOperation {
					ws, returned, handed = append(slices.Clip(ws), ins...), true, ins
				}
			}
			if len(ws) == 0 {
				continue
			}
			if !s.ctor(fn) || !ix.HelperInvariant(fn) {
				// The inputs it returns are reported at the call, on
				// which they depend or not: its body does not.
				ix.partialCall(r.Fn, site, s.summary(fn), handed, iv, partial, owner)
				continue
			}
			if fn.Decl.Recv != nil && !returned && !slices.ContainsFunc(ws, func(w Work) bool { return len(w.Deps) > 0 }) {
				// A method whose work depends on nothing it is given
				// reports that work in its body, where it can move on
				// its own; a builder's (b.cfg) moves with its call.
				continue
			}
			cur, ok := r.Fn.cur.FindNode(site.call)
			if !ok {
				continue
			}
			c := &Candidate{Node: site.call, cur: cur, Kind: ws[0].Kind, Fn: site.callee, Fact: &WorkFact{Work: ws, Ctor: true}}
			if !iv.args(site.call, true) || !iv.recvSame(site.call, fn) || len(iv.factWork(c, r.Fn)) != len(ws) {
				// What it returns, or part of its work, varies: its body
				// is reported, where the work can move on its own.
				ix.partialCall(r.Fn, site, ws, nil, iv, partial, owner)
				continue
			}
			moved[site.call], owner[site.call] = c, r.Fn
		}
	}
	if len(moved) == 0 {
		ix.addHelperCallCands(partial, owner)
		return region
	}
	for {
		region = ix.region(hs, moved)
		in := map[*FuncNode]bool{}
		for _, r := range region {
			in[r.Fn] = true
		}
		n := len(moved)
		maps.DeleteFunc(moved, func(_ *ast.CallExpr, c *Candidate) bool {
			// Reached another way, a helper whose work depends on none of
			// its parameters reports that work itself.
			return in[ix.Decls[c.Fn]] && slices.ContainsFunc(c.Fact.Work, func(w Work) bool { return len(w.Deps) == 0 })
		})
		if len(moved) == n {
			break
		}
	}
	ix.movedHelpers = map[*FuncNode]bool{}
	for _, c := range moved {
		ix.movedHelpers[ix.Decls[c.Fn]] = true
	}
	for call, c := range partial {
		if moved[call] == nil && slices.ContainsFunc(region, func(r *Reach) bool { return r.Fn == owner[call] }) {
			moved[call] = c
		}
	}
	ix.addHelperCallCands(moved, owner)
	return region
}

// addHelperCallCands adds the candidates at calls of helpers to the
// candidates of the functions making them (owner).
func (ix *Detection) addHelperCallCands(cs map[*ast.CallExpr]*Candidate, owner map[*ast.CallExpr]*FuncNode) {
	if len(cs) == 0 {
		return
	}
	if ix.helperCallCands == nil {
		ix.helperCallCands = map[*FuncNode][]*Candidate{}
	}
	for call, c := range cs {
		fn := owner[call]
		cands, ok := ix.helperCallCands[fn]
		if !ok {
			cands = slices.Clone(fn.cands)
		}
		ix.helperCallCands[fn] = insertCand(cands, c)
	}
}

// dynHelperCall is partialCall for a call through a function value whose
// targets in the program are functions of this package (newCounter(cfg),
// with newCounter set to newLambdaCounter or newLocalCounter): the work
// each target builds from its parameters is reported at the call when the
// call gives them the same on every invocation. The targets' bodies are
// followed by the region (localTargets), where their parameters vary.
func (ix *Detection) dynHelperCall(in *FuncNode, ds dynSite, s *summariser, iv *Invariance, out map[*ast.CallExpr]*Candidate, owner map[*ast.CallExpr]*FuncNode) {
	if ds.abstract != nil {
		return // an interface's method: its receiver was judged where built
	}
	p := ix.program()
	if p == nil {
		return
	}
	var ws []Work
	var first *types.Func
	for _, t := range p.targetsOf(ds.dyn) {
		fn := ix.Helper(t.fn)
		if t.ret || fn == nil || fn.Decl.Recv != nil {
			continue
		}
		if first == nil {
			first = t.fn
		}
		for _, w := range s.summary(fn) {
			w.Func = code.FuncLabel(t.fn)
			ws = append(ws, w)
		}
	}
	if first == nil || len(ws) == 0 {
		return
	}
	ix.partialCall(in, callSite{callee: first, call: ds.call}, ws, nil, iv, out, owner)
	if c := out[ds.call]; c != nil {
		c.FuncValue = types.ExprString(ds.call.Fun)
	}
}

// partialCall records, at a call of a helper whose call cannot move
// (it does more than build what it returns, or what it returns varies),
// the helper's work that depends on its parameters and that the call's
// arguments make the same on every invocation (render(cache, "budget",
// budgetTmpl) parsing template.New(name).Parse(text)): its body reports
// only what depends on nothing it is given. handed are the inputs the
// helper returns that this call hands to an operation, which its body
// does not report: the call reports them, whatever they depend on.
func (ix *Detection) partialCall(in *FuncNode, site callSite, ws, handed []Work, iv *Invariance, out map[*ast.CallExpr]*Candidate, owner map[*ast.CallExpr]*FuncNode) {
	deps := slices.Clip(handed) // inputs it returns, handed to an operation here
	for _, w := range ws {
		switch {
		case w.PerRecv && len(w.Deps) > 0:
			// Kept on the receiver behind its guard, built from what the
			// call gives it: the call reports it when it is on a receiver
			// built on every invocation (clients := newClientCache(cfg);
			// clients.get(region)), judged by factWork. (Work that
			// depends on nothing it is given is reported in its body.)
			deps = append(deps, w)
		case len(w.Deps) > 0 && !slices.Contains(w.Deps, -1):
			deps = append(deps, w)
		}
	}
	if len(deps) == 0 {
		return
	}
	cur, ok := in.cur.FindNode(site.call)
	if !ok {
		return
	}
	c := &Candidate{Node: site.call, cur: cur, Kind: deps[0].Kind, Fn: site.callee, Fact: &WorkFact{Work: deps}}
	if len(iv.factWork(c, in)) > 0 {
		out[site.call], owner[site.call] = c, in
	}
}

// recvMutated returns the package variables the region changes through
// methods of this package that write through their receiver
// (shared.Region(r)): state an invocation changes, so not invariant, and
// the same on every invocation for none of the code that reads it.
func (ix *Detection) recvMutated(region []*Reach) map[*types.Var]bool {
	var out map[*types.Var]bool
	for _, r := range region {
		for _, site := range r.Fn.sites {
			fn := ix.Helper(site.callee)
			if fn == nil || fn.Decl.Recv == nil || !ix.writesRecv(fn) {
				continue
			}
			sel, ok := ast.Unparen(site.call.Fun).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			if id := code.RootIdent(sel.X); id != nil {
				if v, ok := ix.Pass.TypesInfo.Uses[id].(*types.Var); ok && v.Parent() == ix.Syms.PkgScope {
					if out == nil {
						out = map[*types.Var]bool{}
					}
					out[v] = true
				}
			}
		}
	}
	return out
}

// candsOf returns the candidates of fn: those the index found in its body
// and, once moveHelperCalls has run, the calls of helpers moved there, in
// source order.
func (ix *Detection) candsOf(fn *FuncNode) []*Candidate {
	if cands, ok := ix.dispatchCands[fn]; ok {
		return cands
	}
	if cands, ok := ix.helperCallCands[fn]; ok {
		return cands
	}
	var recv []*Candidate
	switch ix.perCallRecv[fn] {
	case perCallFresh:
		recv = fn.recvCands
		for _, l := range fn.recvLits {
			recv = append(slices.Clip(recv), l.cands...)
		}
	case perCallCopy:
		// A copy of the receiver: only what its own fields keep is lost
		// with it; what it keeps behind a pointer it shares.
		for _, c := range fn.recvCands {
			if !c.SharedGuard {
				recv = append(recv, c)
			}
		}
	}
	if len(recv) == 0 && len(ix.clearedCands[fn]) == 0 {
		return fn.cands
	}
	out := slices.Concat(fn.cands, recv, ix.clearedCands[fn])
	slices.SortStableFunc(out, func(a, b *Candidate) int { return cmp.Compare(a.Node.Pos(), b.Node.Pos()) })
	return out
}

// markCleared finds the package variables the region's handlers clear on
// every invocation, and the guarded candidates of the region's functions
// that they make run on every invocation.
func (ix *Detection) markCleared(hs []*Handler, region []*Reach) {
	for _, h := range hs {
		for _, r := range h.Roots {
			for k := range ix.ClearsEachRun(r) {
				if ix.regionCleared == nil {
					ix.regionCleared = map[string]bool{}
					ix.handlerCleared = map[*Handler]map[string]bool{}
				}
				ix.regionCleared[k] = true
				ix.handlerCleared[h] = setAdd(ix.handlerCleared[h], k)
			}
		}
	}
	if len(ix.regionCleared) == 0 {
		return
	}
	for _, r := range region {
		for _, c := range r.Fn.guardCands {
			if covered(guardKeys(c.Guard), ix.clearedFor(r.Fn)) {
				if ix.clearedCands == nil {
					ix.clearedCands = map[*FuncNode][]*Candidate{}
				}
				ix.clearedCands[r.Fn] = append(ix.clearedCands[r.Fn], c)
			}
		}
	}
}

// clearedFor returns what the handler that reaches fn clears on every
// invocation (another handler of the program clearing it does not make
// this one's guarded work run each time); all the handlers clear when
// no one handler reaches it.
func (ix *Detection) clearedFor(fn *FuncNode) map[string]bool {
	if h := ix.reachedBy[fn]; h != nil && ix.handlerCleared != nil {
		return ix.handlerCleared[h]
	}
	return ix.regionCleared
}

// markPerCallRecv marks the methods of this package that the region calls
// on a receiver it builds on every run (scope := &Scope{…};
// scope.Client()): what they guard by the receiver's fields runs on every
// invocation.
func (ix *Detection) markPerCallRecv(region []*Reach) {
	for _, r := range region {
		for _, site := range r.Fn.sites {
			fn := ix.Decls[site.callee]
			if fn == nil || fn.Decl == nil || fn.Decl.Recv == nil || len(fn.recvCands) == 0 && len(fn.recvLits) == 0 {
				continue
			}
			sel, ok := ast.Unparen(site.call.Fun).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			how := uint8(0)
			guard := recvGuardFields(fn)
			switch {
			case ix.setsGuardField(sel.X, guard):
				// r.db = a.db before r.table(): the guard holds.
			case ix.fresh(sel.X) || ix.freshKeeping(sel.X, guard):
				how = perCallFresh
			case ix.copiedRecv(sel.X):
				how = perCallCopy
			}
			if how != 0 && how > ix.perCallRecv[fn] {
				if ix.perCallRecv == nil {
					ix.perCallRecv = map[*FuncNode]uint8{}
				}
				ix.perCallRecv[fn] = how
			}
		}
	}
}

// HelperInvariant answers helperResult's question about the function's
// body, once per function.
func (ix *Detection) HelperInvariant(fn *FuncNode) bool {
	switch ix.helperMemo[fn] {
	case memoYes:
		return true
	case memoNo, memoBusy:
		return false // recursion does not build a value once
	}
	if ix.helperMemo == nil {
		ix.helperMemo = map[*FuncNode]uint8{}
	}
	ix.helperMemo[fn] = memoBusy
	obj, _ := ix.Pass.TypesInfo.Defs[fn.Decl.Name].(*types.Func)
	ok := obj != nil && ix.helperBody(fn, obj)
	ix.helperMemo[fn] = memoNo
	if ok {
		ix.helperMemo[fn] = memoYes
	}
	return ok
}

func (ix *Detection) helperBody(fn *FuncNode, obj *types.Func) bool {
	return ix.helperBodyWith(fn, obj, nil)
}

// helperBodyWith is helperBody with the question set up by with.
func (ix *Detection) helperBodyWith(fn *FuncNode, obj *types.Func, with func(*Invariance)) bool {
	sig := obj.Signature()
	if sig.Results().Len() == 0 {
		return false
	}
	if ix.writesPackageVar(fn.Decl.Body) {
		return false // a counter, or state the next call reads: not the same answer each call
	}
	// Its parameters of type context.Context vary: the SDK may use them
	// while it builds (ctxOK); nothing else may read them.
	vary := map[*types.Var]bool{}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); code.IsContext(p.Type()) {
			vary[p] = true
		}
	}
	iv := ix.wholeWith(vary)
	if with != nil {
		with(iv)
	}
	// A fallback matters where an error could be answered instead: a
	// helper that returns no error (envOr(key, def)) answers with what
	// each return gives, checked below.
	if code.IsError(sig.Results().At(sig.Results().Len()-1).Type()) && fallback(ix.Pass.TypesInfo, fn.Decl, sig, ix.cacheHits) {
		return false
	}
	ok, returns := true, 0
	ast.Inspect(fn.Decl.Body, func(n ast.Node) bool {
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
				ok = ix.namedInvariant(iv, fn.Decl.Type)
				return false
			}
			results := n.Results
			if last := len(results) - 1; errorReturned(iv.info(), results) {
				if !slices.ContainsFunc(results[:last], func(r ast.Expr) bool { return !zeroValue(iv.info(), r) }) {
					return false // a failure answering nothing: the caller's check answers it
				}
				// return st, cfg, err: what it answers when err is nil.
				results = results[:last]
			}
			for _, r := range results {
				if ix.returnsParamAddr(fn, n, r) {
					continue
				}
				if !iv.Expr(r) {
					ok = false
					return false
				}
			}
		}
		return true
	})
	return ok && returns > 0
}

// tupleResult reports whether result k of e, a call of a helper of this
// package with several results, is the same on every invocation: what
// each return gives there depends only on parameters the call passes the
// same values for (cfg, awsCfg, err := a.settings(ctx, ev.Key): awsCfg
// loaded, cfg built from the event).
func (iv *Invariance) tupleResult(e ast.Expr, k int) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	callee, _ := typeutil.Callee(iv.info(), call).(*types.Func)
	fn := iv.ix.Helper(callee)
	if fn == nil || k >= callee.Signature().Results().Len() {
		return false
	}
	deps, ok := iv.ix.resultDeps(fn, k)
	if !ok || slices.Contains(deps, -1) && !iv.recvSame(call, fn) {
		return false
	}
	for _, d := range deps {
		for _, a := range argExprs(iv.info(), call, callee, d) {
			if d >= 0 && !code.IsContext(iv.info().TypeOf(a)) && !iv.Expr(a) {
				return false
			}
		}
	}
	return true
}

// resultDeps returns the parameters result k of fn depends on, over
// every return that does not report a failure; false when it depends on
// something else that varies.
func (ix *Detection) resultDeps(fn *FuncNode, k int) ([]int, bool) {
	key := resultKey{fn, k}
	if r, ok := ix.resultMemo[key]; ok {
		return r.deps, r.ok
	}
	if ix.resultMemo == nil {
		ix.resultMemo = map[resultKey]resultDeps{}
	}
	ix.resultMemo[key] = resultDeps{} // recursion: not known
	if fn.Decl == nil || fn.Decl.Body == nil || ix.writesPackageVar(fn.Decl.Body) {
		return nil, false
	}
	obj, _ := ix.Pass.TypesInfo.Defs[fn.Decl.Name].(*types.Func)
	if obj == nil {
		return nil, false
	}
	if sig := obj.Signature(); code.IsError(sig.Results().At(sig.Results().Len()-1).Type()) && fallback(ix.Pass.TypesInfo, fn.Decl, sig, ix.cacheHits) {
		return nil, false // answers something else when it fails (helperBodyWith)
	}
	s, all := ix.sums(), ix.paramIndex(fn)
	var deps []int
	ok, returns := true, 0
	ast.Inspect(fn.Decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) <= k || !ok {
				ok = false
				return false
			}
			if k != len(n.Results)-1 && errorReturned(ix.Pass.TypesInfo, n.Results) && zeroValue(ix.Pass.TypesInfo, n.Results[k]) {
				return false // a failure, answered with nothing: the caller's check answers it
			}
			returns++
			ds, dok := s.dependsOn(n.Results[k], all)
			ok = ok && dok
			deps = append(deps, ds...)
		}
		return ok
	})
	ok = ok && returns > 0
	slices.Sort(deps)
	deps = slices.Compact(deps)
	ix.resultMemo[key] = resultDeps{deps, ok}
	return deps, ok
}

// errorReturned reports whether the last of a return's several results
// is an error that may not be nil (return nil, err; return st, cfg, err).
func errorReturned(info *types.Info, results []ast.Expr) bool {
	last := len(results) - 1
	return last > 0 && code.IsError(info.TypeOf(results[last])) && !code.IsNil(info, results[last])
}

// zeroValue reports whether e is written as a zero value: nil, an empty
// composite literal, a zero constant.
func zeroValue(info *types.Info, e ast.Expr) bool {
	if code.IsNil(info, e) {
		return true
	}
	if lit, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return len(lit.Elts) == 0
	}
	tv, ok := info.Types[e]
	return ok && tv.Value != nil && (tv.Value.ExactString() == "0" || tv.Value.ExactString() == `""` || tv.Value.ExactString() == "false")
}

// resultKey names one result of a helper, resultDeps its answer.
type (
	resultKey struct {
		fn *FuncNode
		k  int
	}
	resultDeps struct {
		deps []int
		ok   bool
	}
)

// returnsParamAddr reports whether r, a result of ret, is the address of
// a parameter of fn that nothing else takes or assigns (func awsBool(v
// bool) *bool { return &v }): a pointer to what the caller gave.
func (ix *Detection) returnsParamAddr(fn *FuncNode, ret *ast.ReturnStmt, r ast.Expr) bool {
	u, ok := ast.Unparen(r).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := ix.Pass.TypesInfo.Uses[id].(*types.Var)
	if i, ok := ix.paramIndex(fn)[v]; v == nil || !ok || i < 0 {
		return false
	}
	for _, a := range ix.Assigns[v] {
		if !a.Escapes || a.Pos < ret.Pos() || a.Pos >= ret.End() {
			return false
		}
	}
	return true
}

// writesPackageVar reports whether body, its literals included, assigns
// a package variable or a field or element of one outside a run-once
// path: a cache filled once (if shared.cfg == nil { shared.cfg = load() })
// answers the same on every call.
func (ix *Detection) writesPackageVar(body *ast.BlockStmt) bool {
	for _, ws := range ix.PkgWriters {
		for _, w := range ws {
			if !w.Once && !w.Test && w.Pos >= body.Pos() && w.Pos < body.End() && (!w.Returned || !ix.returnedRead(w.In)) {
				return true
			}
		}
	}
	return false
}

// writesPackageVarAt reports whether n itself assigns a package variable
// or a field or element of one (v = …, v.f = …, v[k] = …, v++), or hands
// out its address to be written.
func (ix *Detection) writesPackageVarAt(n ast.Node) bool {
	info := ix.Pass.TypesInfo
	writes := func(e ast.Expr) bool {
		id := code.RootIdent(e)
		if id == nil {
			return false
		}
		v, _ := info.Uses[id].(*types.Var)
		return v != nil && v.Parent() == ix.Syms.PkgScope
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

func (ix *Detection) namedInvariant(iv *Invariance, ft *ast.FuncType) bool {
	for _, f := range ft.Results.List {
		for _, n := range f.Names {
			v, _ := ix.Pass.TypesInfo.Defs[n].(*types.Var)
			if v == nil || !iv.variable(v) {
				return false
			}
		}
	}
	return true
}
