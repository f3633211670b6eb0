package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"

	"golang.org/x/tools/go/types/typeutil"
)

// Handler is one registered (or directive-marked) Lambda handler: the
// functions that run on each invocation, found from the registration.
type Handler struct {
	Name  string    // how messages name it
	Reg   token.Pos // the registration call or the directive
	Note  string    // the related information at reg; "" for a registration
	Roots []*FuncNode
	// registration is the call that registers the handler; nil for a
	// directive.
	Registration *Registration
	// chosen: the registration starts one of several handlers, picked
	// at run time (see resolver.chosen).
	Chosen bool
}

// resolver turns a handler expression into the functions it runs.
type resolver struct {
	ix   *Detection
	seen map[types.Object]bool // variables and factories being resolved
	// chosen is set when the expression picks one of several handlers at
	// run time (handlers[os.Getenv("HANDLER")], a variable a switch sets):
	// each of them is a handler, and only one runs in a given process.
	chosen bool
}

// handlers returns the package's handlers in source order.
func (ix *Detection) handlers() []*Handler {
	var hs []*Handler
	for _, r := range ix.regs {
		if r.entry.Arg >= len(r.Call.Args) {
			continue
		}
		res := &resolver{ix: ix, seen: map[types.Object]bool{}}
		arg := r.Call.Args[r.entry.Arg]
		roots, name := res.resolve(arg)
		if r.result {
			// The starter calls what it is given and registers what that
			// returns: the factory's body runs once, its closures on
			// every invocation.
			var ret []*FuncNode
			for _, f := range roots {
				ret = append(ret, res.returned(f)...)
			}
			roots, name = ret, "the handler returned by "+types.ExprString(arg)
			if lit, ok := ast.Unparen(arg).(*ast.FuncLit); ok && ix.byLit[lit] != nil {
				name = "the handler returned by " + ix.byLit[lit].Name()
			}
		}
		if tv, ok := ix.Pass.TypesInfo.Types[arg]; ok && tv.IsNil() && r.entry.Pkg == catalogue.AlgnhsaPkg {
			// algnhsa.ListenAndServe(nil, …) serves http.DefaultServeMux.
			if v := ix.defaultMux(); v != nil {
				roots = res.routes(v)
			}
		}
		if len(roots) == 0 {
			continue
		}
		passed := "the handler passed to " + r.Fn.Pkg().Name() + "." + r.Fn.Name()
		// Without one name for the registration (routes of a router, the
		// functions a wrapper was given, a handler chosen at run time), each
		// root is named for itself.
		if name == "" || res.chosen {
			for _, root := range roots {
				n := passed
				if root.Decl != nil {
					n = root.Name()
				}
				hs = append(hs, &Handler{Name: n, Reg: r.Call.Pos(), Roots: []*FuncNode{root}, Registration: r, Chosen: res.chosen})
			}
			continue
		}
		hs = append(hs, &Handler{Name: name, Reg: r.Call.Pos(), Roots: roots, Registration: r})
	}
	for _, fn := range ix.Funcs {
		if fn.directive {
			hs = append(hs, &Handler{Name: fn.Name(), Reg: fn.Decl.Pos(), Roots: []*FuncNode{fn}, Note: "marked as a handler here"})
		}
	}
	return hs
}

// resolve returns the functions that expression e runs when it is invoked
// as a handler, and a name for messages ("" when no single name fits).
func (r *resolver) resolve(e ast.Expr) ([]*FuncNode, string) {
	info := r.ix.Pass.TypesInfo
	e = ast.Unparen(e)

	// A value of a named type of this package: its Invoke (lambda.Handler)
	// or ServeHTTP (http.Handler) method runs. This covers &Handler{},
	// a handler variable of that type, and http.HandlerFunc-like types
	// whose method then calls the wrapped function.
	if t := info.TypeOf(e); t != nil {
		if _, isFunc := t.Underlying().(*types.Signature); !isFunc {
			if fns, name := r.methodsOf(t); len(fns) > 0 {
				return fns, name
			}
			// A value of another package's type of the module (an
			// adapter.Typed{Fn: confirm} given to lambda.StartWithOptions):
			// what its Invoke or ServeHTTP calls back of this package.
			if fns, name := r.callbacksOf(t); len(fns) > 0 {
				return fns, name
			}
		}
	}

	if ix, ok := e.(*ast.IndexExpr); ok {
		if fns := r.table(ix); fns != nil {
			return fns, ""
		}
	}
	switch e := e.(type) {
	case *ast.FuncLit:
		return r.lit(e), ""
	case *ast.Ident, *ast.SelectorExpr, *ast.IndexExpr, *ast.IndexListExpr:
		id := code.IdentOf(e)
		if id == nil {
			return nil, ""
		}
		switch obj := info.Uses[id].(type) {
		case *types.Func:
			if fn := r.ix.Decls[obj.Origin()]; fn != nil {
				return []*FuncNode{fn}, fn.Name()
			}
			// A method of another package's value, such as an adapter's
			// adapter.ProxyWithContext: what runs is what the value wraps.
			if sel, ok := e.(*ast.SelectorExpr); ok && info.Selections[sel] != nil {
				if fns, name := r.resolve(sel.X); len(fns) > 0 {
					return fns, name
				}
			}
			// Failing that, for a function or method of another package of
			// the module, what it calls back of this package through its
			// dynamic calls (api.NewLambda(cfg, handlers).Handle looking
			// its action up in the table main gave).
			if inModule(r.ix.Pass, obj.Pkg()) {
				if roots := r.callbackRoots(obj); len(roots) > 0 {
					return roots, code.FuncLabel(obj)
				}
			}
		case *types.Var:
			if sel, ok := e.(*ast.SelectorExpr); ok && obj.IsField() {
				// rt.Handler, set by the literal rt was given.
				if v := r.ix.fieldValue(sel); v != nil {
					return r.resolve(v)
				}
			}
			if isRouter(obj.Type()) {
				if fns := r.routes(obj); len(fns) > 0 {
					return fns, ""
				}
			}
			if fns := r.passedAs(obj); len(fns) > 0 {
				return fns, ""
			}
			// A variable holding the handler, assigned exactly once
			// (besides its zero-valued declaration: var adapter
			// *httpadapter.HandlerAdapter, set in init).
			var as []Assignment
			for _, a := range r.ix.Assigns[obj] {
				if a.rhs != nil || a.Opaque {
					as = append(as, a)
				}
			}
			if r.seen[obj] || len(as) == 0 {
				return nil, ""
			}
			r.seen[obj] = true
			if len(as) > 1 {
				return r.choices(obj, as), ""
			}
			if as[0].Opaque || as[0].rhs == nil {
				return nil, ""
			}
			return r.resolve(as[0].rhs)
		}
	case *ast.CallExpr:
		return r.call(e)
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return r.resolve(e.X)
		}
	}
	return nil, ""
}

// table resolves handlers[key]: an element of a table of functions that
// production code assigns once, as a literal. Any of them may run.
func (r *resolver) table(e *ast.IndexExpr) []*FuncNode {
	info := r.ix.Pass.TypesInfo
	switch info.TypeOf(e.X).Underlying().(type) {
	case *types.Map, *types.Slice, *types.Array:
	default:
		return nil // a generic function's instantiation
	}
	id, ok := ast.Unparen(e.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || r.seen[v] {
		return nil
	}
	r.seen[v] = true
	var roots []*FuncNode
	for _, elt := range r.ix.tableOf(v) {
		fns, _ := r.resolve(elt)
		roots = append(roots, fns...)
	}
	if len(roots) == 0 {
		return nil
	}
	r.chosen = true
	return roots
}

// choices resolves a local variable of a function that sets it in several
// places (the branches of a switch on the environment) to every handler it
// may hold. A package variable set twice is not followed: another package
// or a test may be what sets it.
func (r *resolver) choices(v *types.Var, as []Assignment) []*FuncNode {
	if v.Parent() == nil || v.Parent() == r.ix.Syms.PkgScope {
		return nil
	}
	var roots []*FuncNode
	for _, a := range as {
		if r.ix.deadAt(a.In, a.Pos) {
			continue // a branch that never runs (if debugOnly { h = … })
		}
		if a.Opaque || a.rhs == nil || a.Escapes {
			return nil
		}
		fns, _ := r.resolve(a.rhs)
		if len(fns) == 0 {
			return nil // one of them is not known
		}
		roots = append(roots, fns...)
	}
	r.chosen = true
	return roots
}

// call resolves a call in handler position: a conversion
// (http.HandlerFunc(f)), a factory of this package (whose returned closures
// run per invocation, while its own body runs once), or a wrapper (whose
// function arguments run per invocation).
func (r *resolver) call(call *ast.CallExpr) ([]*FuncNode, string) {
	info := r.ix.Pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return r.resolve(call.Args[0])
	}
	var roots []*FuncNode
	name := ""
	if id := code.IdentOf(ast.Unparen(call.Fun)); id != nil {
		if obj, ok := info.Uses[id].(*types.Func); ok {
			obj = obj.Origin()
			if e, ok := r.ix.Syms.entries[obj]; ok {
				if e.Arg < len(call.Args) {
					return r.resolve(call.Args[e.Arg])
				}
				return nil, ""
			}
			if fn := r.ix.Decls[obj]; fn != nil && !r.seen[obj] {
				r.seen[obj] = true
				roots = append(roots, r.returned(fn)...)
				if len(roots) > 0 {
					name = "the handler returned by " + fn.Name()
				}
			} else if p := r.ix.program(); p != nil && fn == nil && inModule(r.ix.Pass, obj.Pkg()) {
				// helpers.Router(h): what another package's factory
				// returns calls back into this package (h.Get through an
				// interface), on every invocation.
				roots = append(roots, p.returnedCallbacks(obj)...)
				if len(roots) > 0 {
					name = "the handler returned by " + code.FuncLabel(obj)
				}
			}
		}
	}
	for _, a := range call.Args {
		if !handlerShaped(info.TypeOf(a)) {
			continue
		}
		fns, n := r.resolve(a)
		for _, fn := range fns {
			if returnsFunc(info, fn) {
				// A middleware or option factory (withLogging(next)
				// handler): its body runs once, when it is applied; the
				// functions it returns run per invocation.
				roots = append(roots, r.returned(fn)...)
				continue
			}
			roots = append(roots, fn)
		}
		if name == "" {
			name = n
		}
	}
	return roots, name
}

// returned resolves what a factory's return statements return (not those of
// the literals inside it).
func (r *resolver) returned(fn *FuncNode) []*FuncNode {
	body := fn.Body()
	if body == nil {
		return nil
	}
	var roots []*FuncNode
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, res := range n.Results {
				if handlerShaped(r.ix.Pass.TypesInfo.TypeOf(res)) {
					fns, _ := r.resolve(res)
					roots = append(roots, fns...)
				}
			}
		}
		return true
	})
	return roots
}

func (r *resolver) lit(l *ast.FuncLit) []*FuncNode {
	if fn := r.ix.byLit[l]; fn != nil {
		return []*FuncNode{fn}
	}
	return nil
}

// methodsOf returns the Invoke or ServeHTTP method of a named type of this
// package (or a pointer to one), or, for one it embeds from another
// package of the module, the functions of this package that method calls
// back.
func (r *resolver) methodsOf(t types.Type) ([]*FuncNode, string) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() != r.ix.Pass.Pkg {
		return nil, ""
	}
	for _, m := range []string{"Invoke", "ServeHTTP"} {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, r.ix.Pass.Pkg, m)
		if f, ok := obj.(*types.Func); ok {
			if fn := r.ix.Decls[f.Origin()]; fn != nil {
				return []*FuncNode{fn}, fn.Name()
			}
			if f.Pkg() != nil && f.Pkg() != r.ix.Pass.Pkg && inModule(r.ix.Pass, f.Pkg()) {
				// Promoted from an embedded type of another package of
				// the module (runtime.Base's Invoke calling b.Proc.Process):
				// what it calls back here.
				if roots := r.callbackRoots(f); len(roots) > 0 {
					return roots, code.FuncLabel(f)
				}
			}
		}
	}
	return nil, ""
}

// callbacksOf returns the functions of this package that the Invoke or
// ServeHTTP method of another package's type of the module (or a pointer
// to one) calls back through its dynamic calls, with the method's name.
func (r *resolver) callbacksOf(t types.Type) ([]*FuncNode, string) {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg() == r.ix.Pass.Pkg || !inModule(r.ix.Pass, named.Obj().Pkg()) || servingType(t) {
		return nil, "" // a router or adapter: its routes are the question
	}
	for _, m := range []string{"Invoke", "ServeHTTP"} {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), m)
		if f, ok := obj.(*types.Func); ok {
			if roots := r.callbackRoots(f); len(roots) > 0 {
				return roots, code.FuncLabel(f)
			}
		}
	}
	return nil, ""
}

// callbackRoots returns the functions of this package that f, a function
// or method of another package of the module, calls back through its
// dynamic calls, once per f.
func (r *resolver) callbackRoots(f *types.Func) []*FuncNode {
	p := r.ix.program()
	if p == nil || r.seen[f.Origin()] {
		return nil
	}
	r.seen[f.Origin()] = true
	return slices.Clone(p.localCallbacks(f))
}

// handlerShaped reports whether a value of type t could be a handler: a
// function, an interface (interface{}, lambda.Handler, http.Handler), or a
// type with methods.
func handlerShaped(t types.Type) bool {
	if t == nil {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Signature, *types.Interface:
		return true
	case *types.Pointer:
		_, named := types.Unalias(u.Elem()).(*types.Named)
		return named
	}
	_, named := types.Unalias(t).(*types.Named)
	return named && types.NewMethodSet(types.NewPointer(t)).Len() > 0
}

// isRouter reports whether t is one of the HTTP routers of routerTypes.
func isRouter(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && slices.Contains(catalogue.RouterTypes[named.Obj().Pkg().Path()], named.Obj().Name())
}

// routes returns the handlers registered on the router held by v and on
// the routers derived from it (a group, a subrouter, the router that a chi
// Route or Group function is given), in the function that declares v (or,
// for a package-level router, anywhere in the package): the handler-shaped
// arguments of their route methods.
func (r *resolver) routes(v *types.Var) []*FuncNode {
	if r.seen[v] {
		return nil
	}
	r.seen[v] = true
	info := r.ix.Pass.TypesInfo
	var scopes []ast.Node
	defaultMux := isDefaultMux(v)
	for _, fn := range r.ix.Funcs {
		if fn.Decl != nil && (v.Parent() == r.ix.Syms.PkgScope || defaultMux || fn.Decl.Pos() <= v.Pos() && v.Pos() < fn.Decl.End()) {
			scopes = append(scopes, fn.Decl)
		}
	}
	routers := map[*types.Var]bool{v: true}
	// rooted reports whether x is one of the routers, or a chain of method
	// calls on one (e.Group("/v2"), r.PathPrefix("/api").Subrouter()).
	var rooted func(x ast.Expr) bool
	rooted = func(x ast.Expr) bool {
		switch x := ast.Unparen(x).(type) {
		case *ast.Ident:
			w, _ := info.Uses[x].(*types.Var)
			return w != nil && routers[w]
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			return ok && info.Selections[sel] != nil && rooted(sel.X)
		}
		return false
	}
	grew := true
	derive := func(id *ast.Ident) {
		w, _ := info.ObjectOf(id).(*types.Var)
		if w != nil && !routers[w] && isRouter(w.Type()) {
			routers[w], grew = true, true
		}
	}
	// The derived routers, to a fixed point: variables given a chain
	// rooted at a router, and router parameters of the function literals
	// passed to a router's methods.
	for grew {
		grew = false
		for i := 0; i < len(scopes); i++ {
			scope := scopes[i]
			ast.Inspect(scope, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.AssignStmt:
					if len(n.Lhs) == len(n.Rhs) {
						for i, lhs := range n.Lhs {
							if id, ok := lhs.(*ast.Ident); ok && rooted(n.Rhs[i]) {
								derive(id)
							}
						}
					}
				case *ast.ValueSpec:
					if len(n.Names) == len(n.Values) {
						for i, id := range n.Names {
							if rooted(n.Values[i]) {
								derive(id)
							}
						}
					}
				case *ast.CallExpr:
					if rooted(n) {
						for _, a := range n.Args {
							if lit, ok := ast.Unparen(a).(*ast.FuncLit); ok {
								for _, f := range lit.Type.Params.List {
									for _, id := range f.Names {
										derive(id)
									}
								}
							}
						}
					}
					r.routerParams(n, rooted, derive, &scopes)
				}
				return true
			})
		}
	}
	var roots []*FuncNode
	for _, scope := range scopes {
		ast.Inspect(scope, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || !slices.Contains(catalogue.RouteMethods, sel.Sel.Name) {
				return true
			}
			// http.HandleFunc and http.Handle register on DefaultServeMux.
			onDefault := false
			if defaultMux {
				fn, _ := typeutil.Callee(info, call).(*types.Func)
				onDefault = fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" &&
					(fn.Name() == "Handle" || fn.Name() == "HandleFunc")
			}
			if !onDefault && !rooted(sel.X) {
				return true
			}
			for _, a := range call.Args {
				if t := info.TypeOf(a); handlerShaped(t) && !takesRouter(t) {
					fns, _ := r.resolve(a)
					roots = append(roots, fns...)
				}
			}
			return true
		})
	}
	return roots
}

// routerParams follows a router passed to a function of this package
// (registerRoutes(r)): the parameter that receives it is a derived router,
// and the function's body one more place to look for routes.
func (r *resolver) routerParams(call *ast.CallExpr, rooted func(ast.Expr) bool, derive func(*ast.Ident), scopes *[]ast.Node) {
	callee, _ := typeutil.Callee(r.ix.Pass.TypesInfo, call).(*types.Func)
	if callee == nil {
		return
	}
	fn := r.ix.Decls[callee.Origin()]
	if fn == nil || fn.Decl == nil || fn.Decl.Type.Params == nil {
		return
	}
	var params []*ast.Ident
	for _, f := range fn.Decl.Type.Params.List {
		if len(f.Names) == 0 {
			params = append(params, nil) // unnamed
		}
		params = append(params, f.Names...)
	}
	for i, a := range call.Args {
		if i >= len(params) || params[i] == nil || !rooted(a) {
			continue
		}
		derive(params[i])
		if !slices.Contains(*scopes, ast.Node(fn.Decl)) {
			*scopes = append(*scopes, fn.Decl)
		}
	}
}

// defaultMux returns net/http's DefaultServeMux, when the package imports
// net/http (a package that does not cannot register routes on it).
func (ix *Detection) defaultMux() *types.Var {
	for _, p := range ix.Pass.Pkg.Imports() {
		if p.Path() == "net/http" {
			v, _ := p.Scope().Lookup("DefaultServeMux").(*types.Var)
			return v
		}
	}
	return nil
}

func isDefaultMux(v *types.Var) bool {
	return v.Pkg() != nil && v.Pkg().Path() == "net/http" && v.Name() == "DefaultServeMux"
}

// takesRouter reports whether t is a function given a router (chi's
// r.Route("/api", func(r chi.Router) {…})): it builds routes once, and
// is no handler.
func takesRouter(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	for p := range sig.Params().Variables() {
		if isRouter(p.Type()) {
			return true
		}
	}
	return false
}

// shapedHandlers finds, in a package that registers no handler, the
// functions shaped like handlers registered elsewhere: a valid handler
// signature (at most a context and an input; nothing, an error, or an
// output and an error back) whose input is an aws-lambda-go events type.
// Requiring the events type keeps ordinary functions out. A function that
// returns such a handler is a factory: what it returns is the handler.
func (ix *Detection) shapedHandlers() []*Handler {
	var hs []*Handler
	for _, fn := range ix.Funcs {
		if fn.Lit != nil && fn.Outer == nil {
			// var Handle = func(ctx context.Context, e events.SQSEvent) error {…}
			if spec, ok := fn.cur.Parent().Node().(*ast.ValueSpec); ok {
				sig, _ := ix.Pass.TypesInfo.TypeOf(fn.Lit).(*types.Signature)
				for i, v := range spec.Values {
					if v == fn.Lit && i < len(spec.Names) && sig != nil && handlerSignature(sig) {
						hs = append(hs, &Handler{
							Name:  spec.Names[i].Name,
							Reg:   spec.Names[i].Pos(),
							Roots: []*FuncNode{fn},
							Note:  "a handler by its shape (a handler signature taking an events type), registered in another package",
						})
					}
				}
			}
			continue
		}
		if fn.Decl == nil || fn.Decl.Body == nil {
			continue
		}
		obj, ok := ix.Pass.TypesInfo.Defs[fn.Decl.Name].(*types.Func)
		if !ok {
			continue
		}
		sig := obj.Type().(*types.Signature)
		if returnsHandler(sig) {
			// A factory: the closures it returns are the handlers, its
			// own body runs once.
			res := &resolver{ix: ix, seen: map[types.Object]bool{obj: true}}
			if roots := res.returned(fn); len(roots) > 0 {
				hs = append(hs, &Handler{
					Name:  "the handler returned by " + fn.Name(),
					Reg:   fn.Decl.Name.Pos(),
					Roots: roots,
					Note:  "a handler factory by its shape (it returns a handler taking an events type), called in another package",
				})
			}
			continue
		}
		if !handlerSignature(sig) {
			continue
		}
		hs = append(hs, &Handler{
			Name:  fn.Name(),
			Reg:   fn.Decl.Name.Pos(),
			Roots: []*FuncNode{fn},
			Note:  "a handler by its shape (a handler signature taking an events type), registered in another package",
		})
	}
	return hs
}

// returnsHandler reports whether sig returns a handler taking an events
// type (and at most an error beside it): the shape of a handler factory.
func returnsHandler(sig *types.Signature) bool {
	res := sig.Results()
	if res.Len() == 0 || res.Len() > 2 || res.Len() == 2 && !code.IsError(res.At(1).Type()) {
		return false
	}
	h, ok := res.At(0).Type().Underlying().(*types.Signature)
	return ok && handlerSignature(h)
}

// handlerSignature reports whether sig is a valid aws-lambda-go handler
// signature that takes an events type.
func handlerSignature(sig *types.Signature) bool {
	params, results := sig.Params(), sig.Results()
	if params.Len() == 0 || params.Len() > 2 || sig.Variadic() {
		return false
	}
	in := params.At(params.Len() - 1).Type()
	if params.Len() == 2 && !code.IsContext(params.At(0).Type()) {
		return false
	}
	if p, ok := in.(*types.Pointer); ok {
		in = p.Elem()
	}
	named, ok := types.Unalias(in).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != catalogue.EventsPkg || isRecordType(named) {
		return false
	}
	switch results.Len() {
	case 0:
		return true
	case 1:
		return code.IsError(results.At(0).Type())
	case 2:
		return code.IsError(results.At(1).Type())
	}
	return false
}

// passedAs resolves a parameter of a function of this package, a wrapper
// like func start[E any](h func(context.Context, E) error) { lambda.Start(h) },
// to what the package's calls of that function pass for it.
func (r *resolver) passedAs(param *types.Var) []*FuncNode {
	if r.seen[param] || param.Parent() == nil || param.Parent() == r.ix.Syms.PkgScope || len(r.ix.Assigns[param]) > 0 {
		return nil
	}
	for obj, fn := range r.ix.Decls {
		if fn.Decl == nil || fn.Decl.Body == nil {
			continue
		}
		params := obj.Signature().Params()
		idx := -1
		for i := range params.Len() {
			if params.At(i) == param {
				idx = i
			}
		}
		if idx < 0 {
			continue
		}
		r.seen[param] = true
		var roots []*FuncNode
		for _, caller := range r.ix.Funcs {
			for _, site := range caller.sites {
				if site.callee == obj && idx < len(site.call.Args) {
					fns, _ := r.resolve(site.call.Args[idx])
					roots = append(roots, fns...)
				}
			}
		}
		return roots
	}
	return nil
}

// returnsFunc reports whether a declared function returns a function.
func returnsFunc(info *types.Info, fn *FuncNode) bool {
	if fn.Decl == nil {
		return false
	}
	obj, _ := info.Defs[fn.Decl.Name].(*types.Func)
	if obj == nil {
		return false
	}
	for v := range obj.Signature().Results().Variables() {
		if _, ok := v.Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

// isRecordType reports whether an events type is one record of a batch
// event: the element of a slice (or of a map's slices) that another type
// of the package holds (SQSEvent.Records []SQSMessage). A function taking
// one processes a record; the invocation's payload is the batch.
func isRecordType(t *types.Named) bool {
	scope := t.Obj().Pkg().Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn == t.Obj() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for f := range st.Fields() {
			ft := f.Type().Underlying()
			if m, ok := ft.(*types.Map); ok {
				ft = m.Elem().Underlying()
			}
			if sl, ok := ft.(*types.Slice); ok && types.Identical(sl.Elem(), t) {
				return true
			}
		}
	}
	return false
}
