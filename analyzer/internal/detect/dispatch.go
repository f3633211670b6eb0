package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
)

// This file records what the program's call graph needs of each function
// beyond its own package: the functions of other packages of the module it
// calls, the calls it makes through interfaces and function values, the
// types of the module it builds values of, and the functions whose value it
// takes and where those values go. A library package exports them in its
// facts (facts.go); the package that registers a handler, which sees the
// whole program through the facts of what it imports, resolves the dynamic
// calls from them (program.go).

// DynCall is a call through an interface or a function value.
type DynCall struct {
	// Kind is "iface" (Key names the interface type, Method the method),
	// "field" (a function-typed field, Key "path T.f"), "var" (a package
	// variable, Key "path v"), "param" (parameter i of a declared
	// function, Key "path F#i", Method its signature) or "sig" (a local or
	// a table element: any function of the signature Key whose value is
	// taken).
	Kind, Key, Method string
	// Fresh marks a call through an interface on a value the caller
	// builds on every run (var r Renderer = Plain{Tenant: ev.Tenant}):
	// what the method builds from its receiver varies with it.
	Fresh bool
}

// Flow is a function whose value is taken, and where the value goes.
type Flow struct {
	// Func names the function ("path F" or "path T.M"); "" for a function
	// literal, whose own work and dynamic calls are then Work and Dyn.
	Func string
	// Sig is the function's signature (see sigKey).
	Sig string
	// Embedded: Work, Dyn, Calls and Makes are the function's own, carried
	// here because drivers do not pass facts of unexported functions to
	// other packages, nor facts of functions to indirect importers.
	Embedded bool
	// Ret: the value is what a call of Func returns (see flowRec.ret).
	Ret          bool
	Calls, Makes []string
	// Into is where the value goes: "var:path v", "field:path T.f",
	// "param:path F#i" (argument i of a call of F), "route" (a route of an
	// HTTP router), "return" (what the function returns) or "any".
	Into string
	Work []Work
	Dyn  []DynCall
	// DynSites: what each of Dyn passes, when known (WorkFact.DynSites),
	// for a literal's own dynamic calls.
	DynSites []DynSite
}

// dispatchInfo is what one function (or the package-level code) records.
type dispatchInfo struct {
	// paramCalls: for each parameter the function calls, whether every
	// call is in a run-once range (its own record only, not folded).
	paramCalls map[int]bool
	// dynAt is where each dynamic call is made first, "file:line:col",
	// for related information at that step of a chain.
	dynAt map[DynCall]string
	ext   []*types.Func     // static callees in other packages of the module
	dyn   []DynCall         // dynamic calls, made on every run of the function
	makes []*types.TypeName // types of the module it builds values of
	flows []flowRec
}

type flowRec struct {
	fn   *types.Func  // the function whose value is taken, or
	lit  *ast.FuncLit // the literal, or neither: a value whose calls are dyn
	into string
	sig  string
	dyn  []DynCall
	// ret: the value is what a call of fn returns (a route given
	// auth.RequireSession(addr)): fn runs once, where it is called, and
	// what it returns on every request.
	ret bool
	// router is the local a route is registered on (mux.HandleFunc(…)),
	// when it is one (see servedLocally).
	router *types.Var
}

func (d *dispatchInfo) empty() bool {
	return d == nil || len(d.ext) == 0 && len(d.dyn) == 0 && len(d.makes) == 0 && len(d.flows) == 0
}

// extSite and dynSite are the calls of a function that the program
// resolves: a call of another package's function, a dynamic call.
type extSite struct {
	call   *ast.CallExpr
	cur    inspector.Cursor
	callee *types.Func
}

type dynSite struct {
	call *ast.CallExpr
	cur  inspector.Cursor
	dyn  DynCall
	// abstract is the interface method, for an interface call.
	abstract *types.Func
}

// dispatchFor returns the record of fn, or of the package-level code.
func (ix *indexer) dispatchFor(fn *FuncNode) *dispatchInfo {
	if fn == nil {
		return &ix.pkgDispatch
	}
	d := ix.dispatch[fn]
	if d == nil {
		d = &dispatchInfo{}
		ix.dispatch[fn] = d
	}
	return d
}

// recordCall records what a call adds to the program's call graph. once
// marks a call in a run-once range: it runs, but not on every invocation.
func (ix *indexer) recordCall(fn *FuncNode, once bool, callee *types.Func, call *ast.CallExpr, cur inspector.Cursor) {
	if ix.test {
		return
	}
	d := ix.dispatchFor(fn)
	info := ix.info
	if callee != nil && ix.Syms.onceFns[callee] {
		return // the function is wrapped in a Once, not called through a value
	}
	route := isRouteCall(info, call, callee) || catalogue.ServesHandler(callee)
	toParam := callee != nil && ix.inModulePkg(callee.Pkg()) && !types.IsInterface(recvType(callee))
	var router *types.Var
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && route {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			if v := ix.varOf(id); v != nil && v.Parent() != ix.Syms.PkgScope && v.Kind() == types.LocalVar {
				router = v
			}
		}
	}
	first := len(d.flows)
	defer func() {
		for i := first; router != nil && i < len(d.flows); i++ {
			d.flows[i].router = router
		}
	}()
	for i, a := range call.Args {
		into := "any"
		switch {
		case route:
			into = "route"
			ix.recordHandlerValue(d, a)
			ix.recordFactoryRoute(d, a)
		case toParam:
			into = "param:" + funcKey(callee.Origin()) + "#" + strconv.Itoa(min(i, callee.Signature().Params().Len()-1))
		}
		ix.recordFlow(d, a, into)
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		// wrap.Func(func…): a value of a type of the module, whose
		// methods (Invoke, ServeHTTP) the program may call.
		if _, isFunc := tv.Type.Underlying().(*types.Signature); isFunc {
			ix.recordMake(d, tv.Type)
		}
	}
	if callee != nil && callee.Signature().TypeParams().Len() > 0 && ix.inModulePkg(callee.Pkg()) {
		// Valid[EmailAddr](s): a generic function of the module may make
		// values of its type arguments (var t T; PT(&t).Check(s)), whose
		// methods it calls through its constraints.
		if inst, ok := info.Instances[code.IdentOf(ast.Unparen(call.Fun))]; ok {
			for t := range inst.TypeArgs.Types() {
				ix.recordMake(d, t)
			}
		}
	}
	if b, ok := typeutil.Callee(info, call).(*types.Builtin); ok && b.Name() == "new" && len(call.Args) == 1 {
		ix.recordMake(d, info.TypeOf(call.Args[0]))
		return
	}
	if callee != nil {
		if recv := callee.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
			if impl := ix.soleImpl(callee); impl != nil && impl.Pkg() == ix.Pass.Pkg && closedIface(callee) {
				return // resolved here, for good: the region follows it
			}
			if named := namedOf(recv.Type()); named != nil && (ix.inModulePkg(named.Obj().Pkg()) || isHTTPHandler(named)) && fn != nil && !once {
				dc := DynCall{Kind: "iface", Key: typeKey(named.Obj()), Method: callee.Name()}
				if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
					dc.Fresh = ix.fresh(sel.X)
				}
				d.dyn = append(d.dyn, dc)
				ix.noteDynAt(d, dc, call)
				fn.dynSites = append(fn.dynSites, dynSite{call: call, cur: cur, dyn: dc, abstract: callee})
			}
			return
		}
		if callee.Pkg() != ix.Pass.Pkg && ix.inModulePkg(callee.Pkg()) {
			d.ext = append(d.ext, callee)
			if fn != nil && !once && !ix.skip {
				fn.extSites = append(fn.extSites, extSite{call: call, cur: cur, callee: callee})
			}
		}
		return
	}
	fun := ast.Unparen(call.Fun)
	if id, ok := fun.(*ast.Ident); ok && fn != nil {
		if v, ok := info.Uses[id].(*types.Var); ok {
			if f, in := ix.onceMade(v); f != nil {
				// get := sync.OnceValues(build); get(): made on each run
				// of this function, a call of build; made by a function
				// around it (a factory's body), build runs once per get.
				if in != fn {
					if pv, ok := info.Uses[code.IdentOf(f)].(*types.Var); ok {
						ix.recordParamCall(fn, pv, true)
					}
					return
				}
				fun = f
			}
		}
	}
	if id, ok := fun.(*ast.Ident); ok && fn != nil {
		if v, ok := info.Uses[id].(*types.Var); ok {
			ix.recordParamCall(fn, v, once)
		}
	}
	if tv, ok := info.Types[fun]; !ok || tv.IsType() || tv.IsBuiltin() || fn == nil || once {
		return
	}
	sig, _ := info.TypeOf(fun).Underlying().(*types.Signature)
	if sig == nil {
		return
	}
	dc := DynCall{Kind: "sig", Key: sigKey(sig)}
	switch f := fun.(type) {
	case *ast.Ident:
		if v, ok := info.Uses[f].(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
			dc = DynCall{Kind: "var", Key: objKey(v)}
		} else if ok {
			if key := ix.paramKey(fn, v); key != "" {
				dc = DynCall{Kind: "param", Key: key, Method: dc.Key}
			} else if ix.onlyLiterals(v) {
				return // a local given literals only: they run with the function
			}
		}
	case *ast.SelectorExpr:
		if key := ix.fieldKey(f); key != "" {
			dc = DynCall{Kind: "field", Key: key}
		} else if v, ok := info.Uses[f.Sel].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			dc = DynCall{Kind: "var", Key: objKey(v)}
		}
	}
	d.dyn = append(d.dyn, dc)
	ix.noteDynAt(d, dc, call)
	fn.dynSites = append(fn.dynSites, dynSite{call: call, cur: cur, dyn: dc})
}

// onceMade returns, for v a local given once what sync.OnceFunc,
// OnceValue or OnceValues makes of a function value, that function and
// the function that makes it; nil otherwise.
func (ix *indexer) onceMade(v *types.Var) (ast.Expr, *FuncNode) {
	if v.Parent() == ix.Syms.PkgScope || len(ix.Assigns[v]) != 1 {
		return nil, nil
	}
	a := ix.Assigns[v][0]
	call, ok := ast.Unparen(a.rhs).(*ast.CallExpr)
	if a.Opaque || !ok || len(call.Args) != 1 {
		return nil, nil
	}
	if f, ok := typeutil.Callee(ix.info, call).(*types.Func); !ok || !ix.Syms.onceFns[f.Origin()] {
		return nil, nil
	}
	if _, lit := ast.Unparen(call.Args[0]).(*ast.FuncLit); lit {
		return nil, nil // its literal runs where the Once makes it run
	}
	return ast.Unparen(call.Args[0]), a.In
}

// singleCall returns the call e, a local variable, is given: its one
// assignment, when that is a call (h := factory(…)); or nil.
func (ix *Detection) singleCall(e ast.Expr) *ast.CallExpr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := ix.Pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() == ix.Syms.PkgScope || len(ix.Assigns[v]) != 1 || ix.Assigns[v][0].Opaque {
		return nil
	}
	call, _ := ast.Unparen(ix.Assigns[v][0].rhs).(*ast.CallExpr)
	return call
}

// lastCall returns the call e, a local variable given only calls in one
// block, got last (h := New(); h = Chain(h, mw…)), or nil.
// soleValue returns what e, a local variable given one value and never
// anything else (handle := svc.Handle), holds, through a few such locals;
// e itself otherwise.
func (ix *Detection) soleValue(e ast.Expr) ast.Expr {
	for range 4 {
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
			if v := ix.fieldValue(sel); v != nil {
				e = v // rt.Handler, rt := bootstrap.Runtime{Handler: proc.Process}
				continue
			}
		}
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return e
		}
		v, ok := ix.Pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || v.Parent() == ix.Syms.PkgScope || len(ix.Assigns[v]) != 1 || ix.Assigns[v][0].Opaque || ix.Assigns[v][0].rhs == nil {
			return e
		}
		e = ast.Unparen(ix.Assigns[v][0].rhs)
	}
	return e
}

// fieldValue returns what x.F holds when x is a local given its value
// once, by a composite literal (or its address) that sets F, and no other
// write reaches F: rt.Handler of rt := bootstrap.Runtime{Handler:
// proc.Process}. Nil otherwise.
func (ix *Detection) fieldValue(sel *ast.SelectorExpr) ast.Expr {
	info := ix.Pass.TypesInfo
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || v.Kind() != types.LocalVar {
		return nil
	}
	var lit *ast.CompositeLit
	for _, a := range ix.Assigns[v] {
		switch {
		case a.Field != "" && !code.Overlaps(a.Field, sel.Sel.Name):
		case a.rhs == nil && !a.Opaque && a.Field == "":
			// var rt bootstrap.Runtime: its zero value, given before.
		case lit == nil && !a.Opaque && a.rhs != nil && len(a.Conds) == 0:
			x := ast.Unparen(a.rhs)
			if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
				x = ast.Unparen(u.X)
			}
			if lit, ok = x.(*ast.CompositeLit); !ok {
				return nil
			}
		default:
			return nil
		}
	}
	if lit == nil {
		return nil
	}
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if k, ok := kv.Key.(*ast.Ident); ok && k.Name == sel.Sel.Name {
				return kv.Value
			}
		}
	}
	return nil
}

func (ix *Detection) lastCall(e ast.Expr) *ast.CallExpr {
	if call := ix.singleCall(e); call != nil {
		return call
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := ix.Pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() == ix.Syms.PkgScope {
		return nil
	}
	var last *ast.CallExpr
	var lastPos token.Pos
	for _, a := range ix.Assigns[v] {
		call, isCall := ast.Unparen(a.rhs).(*ast.CallExpr)
		if a.Opaque || !isCall || len(a.Conds) > 0 {
			return nil // a value chosen by a branch, or not a call's
		}
		if a.Pos > lastPos && a.Pos < id.Pos() {
			last, lastPos = call, a.Pos
		}
	}
	return last
}

// recordFactoryRoute records a route given as what a call of a function of
// the module returns (r.Group("/api", auth.RequireSession(addr))): the
// function runs once, when the route is registered, and what it returns
// on every request.
func (ix *indexer) recordFactoryRoute(d *dispatchInfo, e ast.Expr) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if _, fn := ix.info.TypeOf(call).Underlying().(*types.Signature); fn {
			return // a function value: recordFlow
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		// handler := auth.RequireAPIKey(mux); httpadapter.New(handler)
		if call = ix.singleCall(e); call == nil {
			return
		}
	}
	if tv, ok := ix.info.Types[call.Fun]; !ok || tv.IsType() {
		return // a conversion passes its operand on (recordFlow)
	}
	f := typeutil.StaticCallee(ix.info, call)
	if f == nil || !ix.inModulePkg(f.Pkg()) || !resultIsHandler(f) {
		return
	}
	d.flows = append(d.flows, flowRec{fn: f.Origin(), into: "route", ret: true, sig: sigKey(withoutRecv(f.Signature()))})
}

// recordHandlerValue records a route given as an http.Handler value rather
// than a function: a value of a type of the module runs its ServeHTTP; a
// value of the interface runs what the program puts there.
func (ix *indexer) recordHandlerValue(d *dispatchInfo, e ast.Expr) {
	t := ix.info.TypeOf(e)
	if t == nil {
		return
	}
	if _, isFunc := t.Underlying().(*types.Signature); isFunc {
		return // a function value: recordFlow
	}
	if named := namedOf(t); named != nil && isHTTPHandler(named) {
		d.flows = append(d.flows, flowRec{into: "route", dyn: []DynCall{httpServe}})
		return
	}
	if named := namedOf(t); named != nil && ix.inModulePkg(named.Obj().Pkg()) {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), "ServeHTTP")
		if f, ok := obj.(*types.Func); ok {
			d.flows = append(d.flows, flowRec{fn: f.Origin(), into: "route", sig: sigKey(withoutRecv(f.Signature()))})
		}
	}
}

// httpServe is the call of an http.Handler's ServeHTTP.
var httpServe = DynCall{Kind: "iface", Key: "net/http Handler", Method: "ServeHTTP"}

// isHTTPHandler reports whether named is net/http's Handler interface.
func isHTTPHandler(named *types.Named) bool {
	obj := named.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == "net/http" && obj.Name() == "Handler"
}

// recordParamCall notes a call of a parameter of the declared function
// around fn, and whether it runs only once (in a run-once range): a lazy
// cell's Get(build) calls build only when nothing is cached yet.
func (ix *indexer) recordParamCall(fn *FuncNode, v *types.Var, once bool) {
	for f := fn; f != nil; f = f.Outer {
		if f.Decl == nil {
			continue
		}
		obj, _ := ix.info.Defs[f.Decl.Name].(*types.Func)
		if obj == nil {
			return
		}
		params := obj.Signature().Params()
		for i := range params.Len() {
			if params.At(i) == v {
				d := ix.dispatchFor(f)
				if d.paramCalls == nil {
					d.paramCalls = map[int]bool{}
				}
				prev, seen := d.paramCalls[i]
				d.paramCalls[i] = once && (!seen || prev)
			}
		}
		return
	}
}

// paramKey returns "path F#i" when v is parameter i of F, a declared
// function around fn (a middleware's next, called by the closure it
// returns), or "".
func (ix *indexer) paramKey(fn *FuncNode, v *types.Var) string {
	for f := fn; f != nil; f = f.Outer {
		if f.Decl == nil {
			continue
		}
		obj, _ := ix.info.Defs[f.Decl.Name].(*types.Func)
		if obj == nil {
			return ""
		}
		params := obj.Signature().Params()
		for i := range params.Len() {
			if params.At(i) == v {
				return funcKey(obj) + "#" + strconv.Itoa(i)
			}
		}
		return ""
	}
	return ""
}

// onlyLiterals reports whether every value a local variable is given is a
// function literal.
func (ix *indexer) onlyLiterals(v *types.Var) bool {
	as := ix.Assigns[v]
	for _, a := range as {
		if _, lit := ast.Unparen(a.rhs).(*ast.FuncLit); !lit || a.Opaque {
			return false
		}
	}
	return len(as) > 0
}

func recvType(f *types.Func) types.Type {
	if recv := f.Signature().Recv(); recv != nil {
		return recv.Type()
	}
	return types.Typ[types.Invalid]
}

// noteDynAt records where a dynamic call is made, the first time.
func (ix *indexer) noteDynAt(d *dispatchInfo, dc DynCall, call *ast.CallExpr) {
	if d.dynAt == nil {
		d.dynAt = map[DynCall]string{}
	}
	if _, ok := d.dynAt[dc]; !ok {
		p := ix.Pass.Fset.Position(call.Pos())
		d.dynAt[dc] = p.Filename + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
	}
}

// recordFlow records the function value e, if it is one, going into.
func (ix *indexer) recordFlow(d *dispatchInfo, e ast.Expr, into string) {
	if ix.test {
		return
	}
	e = ast.Unparen(e)
	// http.HandlerFunc(f), a conversion, passes f on.
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if tv, ok := ix.info.Types[call.Fun]; ok && tv.IsType() {
			e = ast.Unparen(call.Args[0])
		}
	}
	if lit, ok := e.(*ast.FuncLit); ok {
		sig, _ := ix.info.TypeOf(lit).(*types.Signature)
		if sig != nil {
			d.flows = append(d.flows, flowRec{lit: lit, into: into, sig: sigKey(sig)})
		}
		return
	}
	if call, ok := e.(*ast.CallExpr); ok {
		// clicks.NewSink(dsn) given as a function value: what it
		// returns runs where the value is called.
		if f := typeutil.StaticCallee(ix.info, call); f != nil && ix.inModulePkg(f.Pkg()) && f.Signature().Results().Len() > 0 {
			if sig, ok := f.Signature().Results().At(0).Type().Underlying().(*types.Signature); ok {
				d.flows = append(d.flows, flowRec{fn: f.Origin(), into: into, ret: true, sig: sigKey(sig)})
			}
		}
		return
	}
	var f *types.Func
	switch x := e.(type) {
	case *ast.Ident:
		f, _ = ix.info.Uses[x].(*types.Func)
		if v, ok := ix.info.Uses[x].(*types.Var); ok {
			if call := ix.singleCall(x); call != nil {
				// h := decorate.WithAuth(…, app.Handle); JSON(h): what the
				// call returns goes on.
				ix.recordFlow(d, call, into)
				return
			}
			ix.recordAlias(d, v, into)
			return
		}
	case *ast.SelectorExpr:
		f, _ = ix.info.Uses[x.Sel].(*types.Func)
	case *ast.IndexExpr, *ast.IndexListExpr:
		if id := code.IdentOf(x); id != nil {
			f, _ = ix.info.Uses[id].(*types.Func)
		}
	}
	if f == nil || !ix.inModulePkg(f.Pkg()) {
		return
	}
	if recv := f.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
		// c.login, a method value of an interface: what runs is a
		// dynamic call, to the types the program converts to it. Given
		// to a known place only: as "any function of its signature" it
		// would stand for every implementation wherever such a value
		// is called.
		if named := namedOf(recv.Type()); named != nil && ix.inModulePkg(named.Obj().Pkg()) && into != "any" {
			if sig := withoutRecv(f.Signature()); sig != nil {
				d.flows = append(d.flows, flowRec{into: into, sig: sigKey(sig), dyn: []DynCall{{Kind: "iface", Key: typeKey(named.Obj()), Method: f.Name()}}})
			}
		}
		return
	}
	sig := withoutRecv(f.Signature())
	if sel, ok := e.(*ast.SelectorExpr); ok {
		if s, ok := ix.info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			// (*Svc).Render: the receiver is the first parameter.
			sig, _ = ix.info.TypeOf(sel).(*types.Signature)
		}
	}
	if sig == nil {
		return
	}
	f = f.Origin()
	d.flows = append(d.flows, flowRec{fn: f, into: into, sig: sigKey(sig)})
}

// recordAlias records a parameter of the function holding a function
// value that goes on elsewhere (routes = append(routes, route{fn: fn})):
// what flows there is what the function's callers pass for it.
func (ix *indexer) recordAlias(d *dispatchInfo, v *types.Var, into string) {
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok {
		return
	}
	fn, _ := ix.current()
	if key := ix.paramKey(fn, v); key != "" {
		d.flows = append(d.flows, flowRec{into: into, sig: sigKey(sig), dyn: []DynCall{{Kind: "param", Key: key, Method: sigKey(sig)}}})
	}
}

// recordAssign records the function values an assignment or a variable
// declaration gives to lhs.
func (ix *indexer) recordAssign(lhs, rhs ast.Expr) {
	if rhs == nil || ix.test {
		return
	}
	fn, _ := ix.current()
	into := "any"
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		if l.Name == "_" {
			return // var _ = dryRun: kept compiling, never called
		}
		if v, ok := ix.info.ObjectOf(l).(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			into = "var:" + objKey(v)
		}
	case *ast.SelectorExpr:
		if key := ix.fieldKey(l); key != "" {
			into = "field:" + key
			if s, ok := ix.info.Selections[l]; ok {
				ix.storeFuncField(s.Obj().(*types.Var), rhs, fn)
			}
		} else if v, ok := ix.info.Uses[l.Sel].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			into = "var:" + objKey(v)
		}
	}
	ix.recordFlow(ix.dispatchFor(fn), rhs, into)
}

// recordLit records a composite literal: a value of a type of the module,
// and the function values its elements hold.
func (ix *indexer) recordLit(lit *ast.CompositeLit) {
	if ix.test {
		return
	}
	fn, _ := ix.current()
	d := ix.dispatchFor(fn)
	t := ix.info.TypeOf(lit)
	ix.recordMake(d, t)
	var owner *types.Named
	if t != nil {
		if _, ok := t.Underlying().(*types.Struct); ok {
			owner = namedOf(t)
		}
	}
	for _, elt := range lit.Elts {
		into, v := "any", elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			v = kv.Value
			if id, ok := kv.Key.(*ast.Ident); ok && owner != nil && owner.Obj().Pkg() != nil {
				into = "field:" + owner.Obj().Pkg().Path() + " " + owner.Obj().Name() + "." + id.Name
				if f, ok := ix.info.Uses[id].(*types.Var); ok && f.IsField() {
					if _, isFunc := f.Type().Underlying().(*types.Signature); isFunc {
						ix.storeFuncField(f, v, fn)
					}
				}
			}
		}
		ix.recordFlow(d, v, into)
	}
}

// storeFuncField records that a field of function type of this package's
// struct is given rhs in fn (nil: at package level): FuncFields.
func (ix *indexer) storeFuncField(f *types.Var, rhs ast.Expr, fn *FuncNode) {
	if f.Pkg() != ix.Pass.Pkg {
		return
	}
	if ix.FuncFields == nil {
		ix.FuncFields = map[*types.Var][]FieldStore{}
	}
	ix.FuncFields[f] = append(ix.FuncFields[f], FieldStore{Value: rhs, In: fn})
}

// recordReturn records the function values a return statement hands back.
func (ix *indexer) recordReturn(ret *ast.ReturnStmt) {
	if ix.test {
		return
	}
	fn, _ := ix.current()
	d := ix.dispatchFor(fn)
	into := "any"
	if fn != nil && fn.Decl != nil {
		into = "return" // what a factory hands back (see returnedWork)
	}
	for _, r := range ret.Results {
		ix.recordFlow(d, r, into)
	}
}

func (ix *indexer) recordMake(d *dispatchInfo, t types.Type) {
	named := namedOf(t)
	if named == nil {
		return
	}
	// Runner[Cleanup]{}: a generic type's methods may make values of
	// its type arguments too (var j J; j.Run(ctx)).
	for a := range named.TypeArgs().Types() {
		ix.recordMake(d, a)
	}
	if ix.inModulePkg(named.Obj().Pkg()) {
		if _, iface := named.Underlying().(*types.Interface); !iface {
			d.makes = append(d.makes, named.Origin().Obj())
		}
	}
}

// fieldKey returns the key of the function-typed field a selector reads
// or writes, "path T.f" with T the named struct type that declares it, or
// "".
func (ix *indexer) fieldKey(sel *ast.SelectorExpr) string {
	s, ok := ix.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return ""
	}
	if _, isFunc := s.Obj().Type().Underlying().(*types.Signature); !isFunc {
		return ""
	}
	t := s.Recv()
	idx := s.Index()
	for _, i := range idx[:len(idx)-1] {
		st, ok := derefType(t).Underlying().(*types.Struct)
		if !ok {
			return ""
		}
		t = st.Field(i).Type()
	}
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() == nil {
		return ""
	}
	return named.Obj().Pkg().Path() + " " + named.Obj().Name() + "." + sel.Sel.Name
}

func (ix *indexer) inModulePkg(p *types.Package) bool {
	return p != nil && (p == ix.Pass.Pkg || inModule(ix.Pass, p))
}

// isRouteCall reports whether call registers a route's handler on an HTTP
// router (r.GET("/x", h), mux.HandleFunc("/", h), g.Use(mw)).
func isRouteCall(info *types.Info, call *ast.CallExpr, callee *types.Func) bool {
	if callee == nil || callee.Signature().Recv() == nil {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	if !fromRouter(info, sel.X) {
		return false
	}
	// A group's or a chain's middleware runs per request too.
	return slices.Contains(catalogue.RouteMethods, callee.Name()) || callee.Name() == "Group" || callee.Name() == "With"
}

// fromRouter reports whether e is an HTTP router, or what a chain of
// method calls on one returns (gorilla's r.PathPrefix("/proxy/"),
// r.Methods("GET").Path("/x")): a route whose handler is set next.
func fromRouter(info *types.Info, e ast.Expr) bool {
	for range 4 {
		t := info.TypeOf(e)
		if t == nil {
			return false
		}
		if isRouter(t) { // http.ServeMux among them
			return true
		}
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return false
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		if s := info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
			return false
		}
		e = sel.X
	}
	return false
}

func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

func namedOf(t types.Type) *types.Named {
	if t == nil {
		return nil
	}
	n, _ := types.Unalias(derefType(t)).(*types.Named)
	return n
}

// typeKey names a package-level type: "path Name".
func typeKey(tn *types.TypeName) string { return tn.Pkg().Path() + " " + tn.Name() }

// objKey names a package-level variable or function: "path name".
func objKey(obj types.Object) string { return obj.Pkg().Path() + " " + obj.Name() }

// funcKey names a function, "path F", or a method, "path T.M".
func funcKey(f *types.Func) string {
	if recv := f.Signature().Recv(); recv != nil {
		if named := namedOf(recv.Type()); named != nil {
			return f.Pkg().Path() + " " + named.Obj().Name() + "." + f.Name()
		}
	}
	return objKey(f)
}

// sigKey spells a signature by its parameter and result types, with full
// package paths and no names, so that signatures of different packages
// compare as strings. A type parameter is spelled "?", a wildcard
// (sigMatch): the call r(ctx, e) in a generic dispatcher, of type
// func(context.Context, E) error, may run any function value of the
// program that E can be instantiated to.
func sigKey(sig *types.Signature) string {
	var b strings.Builder
	var tparams map[string]bool
	spell := func(t types.Type) {
		s := types.TypeString(t, nil)
		collectTypeParams(t, &tparams)
		if tparams != nil {
			s = wildcardTypeParams(s, tparams)
		}
		b.WriteString(s)
	}
	list := func(t *types.Tuple, variadic bool) {
		b.WriteByte('(')
		for i := range t.Len() {
			if i > 0 {
				b.WriteString(", ")
			}
			if variadic && i == t.Len()-1 {
				b.WriteString("...")
				spell(t.At(i).Type().(*types.Slice).Elem())
				continue
			}
			spell(t.At(i).Type())
		}
		b.WriteByte(')')
	}
	b.WriteString("func")
	list(sig.Params(), sig.Variadic())
	list(sig.Results(), false)
	return b.String()
}

// collectTypeParams adds the names of the type parameters t mentions.
func collectTypeParams(t types.Type, names *map[string]bool) {
	switch t := t.(type) {
	case *types.TypeParam:
		if *names == nil {
			*names = map[string]bool{}
		}
		(*names)[t.Obj().Name()] = true
	case *types.Pointer:
		collectTypeParams(t.Elem(), names)
	case *types.Slice:
		collectTypeParams(t.Elem(), names)
	case *types.Array:
		collectTypeParams(t.Elem(), names)
	case *types.Chan:
		collectTypeParams(t.Elem(), names)
	case *types.Map:
		collectTypeParams(t.Key(), names)
		collectTypeParams(t.Elem(), names)
	case *types.Named:
		for a := range t.TypeArgs().Types() {
			collectTypeParams(a, names)
		}
	case *types.Signature:
		for v := range t.Params().Variables() {
			collectTypeParams(v.Type(), names)
		}
		for v := range t.Results().Variables() {
			collectTypeParams(v.Type(), names)
		}
	case *types.Struct:
		for f := range t.Fields() {
			collectTypeParams(f.Type(), names)
		}
	}
}

// wildcardTypeParams replaces, in a type's spelling, each identifier that
// names one of the type parameters with "?". Named types are spelled with
// their package path, so a bare identifier that is not a parameter is a
// predeclared type.
func wildcardTypeParams(s string, names map[string]bool) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if !isIdentByte(s[i]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		j := i
		for j < len(s) && isIdentByte(s[j]) {
			j++
		}
		word := s[i:j]
		qualified := i > 0 && (s[i-1] == '.' || s[i-1] == '/') || j < len(s) && (s[j] == '.' || s[j] == '/')
		if names[word] && !qualified {
			word = "?"
		}
		b.WriteString(word)
		i = j
	}
	return b.String()
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// sigMatch reports whether a signature key of a call matches one of a
// function value, either of which may have wildcards for type parameters.
func sigMatch(call, value string) bool {
	switch {
	case call == value:
		return true
	case strings.Contains(call, "?"):
		return wildMatch(call, value)
	case strings.Contains(value, "?"):
		return wildMatch(value, call)
	}
	return false
}

// wildMatch reports whether s spells the types pattern spells, where each
// "?" of pattern stands for one whole type: brackets balanced, no comma
// outside them.
func wildMatch(pattern, s string) bool {
	if pattern == "" {
		return s == ""
	}
	if pattern[0] != '?' {
		return s != "" && s[0] == pattern[0] && wildMatch(pattern[1:], s[1:])
	}
	depth := 0
	for j := 0; j < len(s); j++ {
		switch s[j] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth--
		case ',', ';':
			if depth == 0 {
				return false
			}
		}
		if depth < 0 {
			return false
		}
		if depth == 0 && wildMatch(pattern[1:], s[j+1:]) {
			return true
		}
	}
	return false
}

func withoutRecv(sig *types.Signature) *types.Signature {
	return types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
}

// localRoutes returns the functions and literals of this package that it
// registers as routes of an HTTP router.
func (ix *Detection) localRoutes() []*FuncNode {
	var out []*FuncNode
	for _, fn := range ix.Funcs {
		for _, f := range ix.dispatch[fn].flowsOrNil() {
			if f.into != "route" {
				continue
			}
			if f.lit != nil {
				if l := ix.byLit[f.lit]; l != nil {
					out = append(out, l)
				}
			} else if f.fn != nil && f.fn.Pkg() == ix.Pass.Pkg {
				d := ix.Decls[f.fn]
				switch {
				case d == nil:
				case f.ret:
					// r.Use(redactingLogger()): the factory runs once, where
					// it is called; what it returns serves every request.
					out = append(out, ix.returnedLits(d)...)
				default:
					out = append(out, d)
				}
			}
		}
	}
	return out
}

func (d *dispatchInfo) flowsOrNil() []flowRec {
	if d == nil {
		return nil
	}
	return d.flows
}

// dispatchOf returns what fn records, with the literals it runs and the
// functions of this package it calls or takes, transitively.
func (ix *Detection) dispatchOf(fn *FuncNode) *dispatchInfo {
	if d, ok := ix.dispatchMemo[fn]; ok {
		return d
	}
	if ix.dispatchMemo == nil {
		ix.dispatchMemo = map[*FuncNode]*dispatchInfo{}
	}
	out := &dispatchInfo{}
	ix.dispatchMemo[fn] = out // a cycle contributes what is gathered so far
	seen := map[*FuncNode]bool{}
	var visit func(f *FuncNode)
	visit = func(f *FuncNode) {
		if f == nil || seen[f] {
			return
		}
		seen[f] = true
		if d := ix.dispatch[f]; d != nil {
			out.ext = append(out.ext, d.ext...)
			out.dyn = append(out.dyn, d.dyn...)
			for dc, at := range d.dynAt {
				if out.dynAt == nil {
					out.dynAt = map[DynCall]string{}
				}
				if _, ok := out.dynAt[dc]; !ok {
					out.dynAt[dc] = at
				}
			}
			out.makes = append(out.makes, d.makes...)
			out.flows = append(out.flows, d.flows...)
		}
		for _, l := range f.lits {
			visit(l)
		}
		for _, c := range f.calls {
			visit(ix.Decls[c])
		}
	}
	visit(fn)
	return out
}

// localServers turns the routes of a router that only a server of the
// program serves (a mux main builds for a local run and hands to
// http.ListenAndServe) into plain function values: no adapter serves
// them, so they do not run on an invocation.
func (ix *indexer) localServers() {
	memo := map[*types.Var]bool{}
	for _, d := range ix.dispatch {
		for i := range d.flows {
			fl := &d.flows[i]
			if fl.into != "route" || fl.router == nil {
				continue
			}
			local, ok := memo[fl.router]
			if !ok {
				local = ix.servedLocally(fl.router)
				memo[fl.router] = local
			}
			if local {
				fl.into = "any"
			}
		}
	}
}

// servedLocally reports whether v, a local router, is used only to
// register routes (its methods called) and to be served by net/http
// (http.ListenAndServe(addr, mux), http.Server{Handler: mux}): nothing
// hands it to an adapter.
func (ix *indexer) servedLocally(v *types.Var) bool {
	fn := ix.funcAt(v.Pos())
	for fn != nil && fn.Outer != nil {
		fn = fn.Outer
	}
	if fn == nil {
		return false
	}
	served := false
	for cur := range fn.cur.Preorder((*ast.Ident)(nil)) {
		if ix.info.Uses[cur.Node().(*ast.Ident)] != v {
			continue
		}
		switch p := cur.Parent().Node().(type) {
		case *ast.SelectorExpr:
			if _, call := cur.Parent().Parent().Node().(*ast.CallExpr); call && p.X == cur.Node() {
				// mux.HandleFunc(…); r.Run(":8080") of gin, e.Start of
				// echo, app.Listen of fiber serve it.
				switch p.Sel.Name {
				case "Run", "RunTLS", "Start", "StartTLS", "Listen", "ListenTLS":
					served = true
				}
				continue
			}
		case *ast.CallExpr:
			if f := typeutil.StaticCallee(ix.info, p); f != nil && f.Pkg() != nil && f.Pkg().Path() == "net/http" && (strings.HasPrefix(f.Name(), "Serve") || strings.HasPrefix(f.Name(), "ListenAndServe")) {
				served = true
				continue
			}
		case *ast.KeyValueExpr:
			if lit, ok := cur.Parent().Parent().Node().(*ast.CompositeLit); ok && p.Value == cur.Node() && code.IsNamedType(ix.info.TypeOf(lit), "net/http", "Server") {
				served = true
				continue
			}
		}
		return false
	}
	return served
}
