package detect

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"golang.org/x/tools/go/analysis"
)

// This file resolves dynamic calls where the whole program is visible: in
// a main package, which imports, directly or not, every package of the
// program and so sees their facts. A handler that calls a service through
// an interface, implemented by an adapter that main wires in, reaches the
// adapter's Init work; so does one that calls a function value that main
// or another package's init sets.
//
// The resolution is rapid type analysis over the facts: the functions the
// program reaches from main's package and the packages' initialisation
// (through static calls, the values it takes and the dynamic calls
// already resolved), the types those build values of (live types), and
// the function values taken and where they go. An interface call reaches
// the methods of the live types that implement the interface; a call of a
// function-typed field or package variable, the functions stored into
// it; any other call of a function value, every function of its signature
// whose value the program takes. It runs once per main package, and only
// when a handler there reaches another package of the module.

// PackageFact is what a package's initialisation (package-level variables
// and init functions) adds to the program's call graph.
type PackageFact struct {
	Calls []string
	Dyn   []DynCall
	Makes []string
	Flows []Flow
}

// AFact marks PackageFact as an analysis.Fact.
func (*PackageFact) AFact() {}

func (f *PackageFact) String() string {
	return "initialisation: " + strings.Join(f.Calls, ", ")
}

// program is the resolution of one main package's program.
type program struct {
	ix        *Detection
	pkgs      map[string]*types.Package // the module's packages in the program, by path
	facts     map[*types.Func]*WorkFact // read facts; nil when a function has none
	reached   map[*types.Func]bool
	live      map[*types.TypeName]bool
	liveOrd   []*types.TypeName
	flows     []progFlow
	dyns      map[DynCall]bool
	targets   map[DynCall][]target
	callbacks map[*types.Func][]*FuncNode // see localCallbacks
	// workMemo and busy serve dynWork.
	workMemo map[*types.Func][]Work
	busy     map[*types.Func]bool
	busyDyn  map[DynCall]bool
	dynMemo  map[DynCall][]Work // see dynCallWork
	// dynDepsMemo serves dynCallWorkDeps.
	dynDepsMemo map[DynCall][]Work
	// flowCallbacks memoises targetCallbacks for the work flows carry.
	flowCallbacks map[*progFlow][]*FuncNode
	// localReached are this package's functions the program reaches, and
	// inner the literals inside each function.
	localReached map[*FuncNode]bool
	inner        map[*FuncNode][]*FuncNode
}

// progFlow is a function value the program takes, resolved.
type progFlow struct {
	local    bool        // taken in this package, whose own routes the region follows
	node     *FuncNode   // the literal, when it is one of this package's
	embedded bool        // a plain function whose work the flow carries (see Flow.Embedded)
	ret      bool        // what a call of fn returns (see Flow.Ret)
	fn       *types.Func // nil for a literal
	into     string
	sig      string
	work     []Work // a literal's
	dyn      []DynCall
	sites    []DynSite // what each of dyn passes, when known
}

// target is what a dynamic call may run: a function, or a literal's work.
type target struct {
	fn   *types.Func
	lit  *progFlow
	via  string // how the call reaches it, for messages
	name string
	ret  bool // what a call of fn returns runs, not fn (Flow.Ret)
}

// program returns the resolution of the program of this main package, or
// nil in a package that is not main.
func (ix *Detection) program() *program {
	if ix.Pass.Pkg.Name() != "main" {
		return nil
	}
	if ix.prog != nil {
		return ix.prog
	}
	p := &program{
		ix: ix, pkgs: map[string]*types.Package{}, facts: map[*types.Func]*WorkFact{},
		reached: map[*types.Func]bool{}, live: map[*types.TypeName]bool{}, dyns: map[DynCall]bool{},
		targets: map[DynCall][]target{}, callbacks: map[*types.Func][]*FuncNode{}, workMemo: map[*types.Func][]Work{}, busy: map[*types.Func]bool{}, busyDyn: map[DynCall]bool{}, dynMemo: map[DynCall][]Work{}, flowCallbacks: map[*progFlow][]*FuncNode{},
		localReached: map[*FuncNode]bool{}, inner: map[*FuncNode][]*FuncNode{},
	}
	ix.prog = p
	var visit func(pkg *types.Package)
	visit = func(pkg *types.Package) {
		if pkg.Path() == "net/http" || pkg.Path() == catalogue.LambdaPkg {
			// For http.Handler and lambda.Handler, whose ServeHTTP and
			// Invoke calls dispatch.
			p.pkgs[pkg.Path()] = pkg
			return
		}
		if _, seen := p.pkgs[pkg.Path()]; seen || pkg != ix.Pass.Pkg && !inModule(ix.Pass, pkg) {
			return
		}
		p.pkgs[pkg.Path()] = pkg
		for _, imp := range pkg.Imports() {
			visit(imp)
		}
	}
	visit(ix.Pass.Pkg)
	// Packages the program reaches that this package's imports do not
	// show: a driver that loads dependencies from export data gives a
	// package only the imports its API mentions (a registry returns an
	// adapter as a port, and the adapter's package is not among them).
	// The facts of the program's packages name them all.
	if ix.Pass.AllObjectFacts != nil {
		for _, f := range ix.Pass.AllObjectFacts() {
			if pkg := f.Object.Pkg(); pkg != nil && inModule(ix.Pass, pkg) {
				if _, seen := p.pkgs[pkg.Path()]; !seen {
					p.pkgs[pkg.Path()] = pkg
				}
			}
		}
	}
	// This package: what its initialisation and main reach. A function
	// nothing reaches (a sink kept for a runbook, a registration of
	// experimental senders that main never calls) makes no type live
	// and takes no value.
	for _, fn := range ix.Funcs {
		if fn.Outer != nil {
			p.inner[fn.Outer] = append(p.inner[fn.Outer], fn)
		}
	}
	p.addLocal(&ix.pkgDispatch)
	for f := range ix.InitCalls {
		p.reach(f) // var h = newHandler(): called at package level
	}
	for _, fn := range ix.Funcs {
		if fn.IsNamed("main") || fn.IsNamed("init") {
			p.reachLocal(fn)
		}
	}
	// The other packages' initialisation, in a stable order.
	paths := make([]string, 0, len(p.pkgs))
	for path := range p.pkgs {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		pkg := p.pkgs[path]
		if pkg == ix.Pass.Pkg {
			continue
		}
		var f PackageFact
		if ix.Pass.ImportPackageFact(pkg, &f) {
			p.addFact(f.Calls, f.Dyn, f.Makes, f.Flows)
		}
	}
	p.resolve()
	return p
}

// addLocal adds what a function of this package records.
func (p *program) addLocal(d *dispatchInfo) {
	if d == nil {
		return
	}
	for _, t := range d.makes {
		p.makeLive(t)
	}
	for _, f := range d.flows {
		pf := progFlow{fn: f.fn, into: f.into, sig: f.sig, local: true, dyn: f.dyn, ret: f.ret}
		if f.lit != nil {
			lit := p.ix.byLit[f.lit]
			if lit == nil {
				continue
			}
			// The literal's work is found where its own code is: its
			// candidates are this package's, reported in its region.
			ld := p.ix.dispatchOf(lit)
			pf.dyn, pf.node = ld.dyn, lit
		}
		p.flows = append(p.flows, pf)
		if f.fn != nil {
			p.reach(f.fn)
		}
		if f.fn == nil && f.lit == nil {
			for _, dc := range f.dyn {
				p.dyns[dc] = true // a value whose calls are dynamic: a parameter passed on
			}
		}
	}
	for _, f := range d.ext {
		p.reach(f)
	}
	for _, dc := range d.dyn {
		p.dyns[dc] = true
	}
}

// addFact adds what a fact records.
func (p *program) addFact(calls []string, dyn []DynCall, makes []string, flows []Flow) {
	for _, m := range makes {
		if tn := p.typeNamed(m); tn != nil {
			p.makeLive(tn)
		}
	}
	for _, fl := range flows {
		pf := progFlow{into: fl.Into, sig: fl.Sig, work: fl.Work, dyn: fl.Dyn, sites: fl.DynSites, embedded: fl.Embedded, ret: fl.Ret}
		if fl.Func != "" {
			if pf.fn = p.funcNamed(fl.Func); pf.fn == nil {
				continue
			}
			p.reach(pf.fn)
		}
		p.flows = append(p.flows, pf)
		for _, dc := range fl.Dyn {
			p.dyns[dc] = true
		}
		if fl.Embedded {
			p.addFact(fl.Calls, nil, fl.Makes, nil)
		}
	}
	for _, c := range calls {
		if f := p.funcNamed(c); f != nil {
			p.reach(f)
		}
	}
	for _, dc := range dyn {
		p.dyns[dc] = true
	}
}

func (p *program) makeLive(tn *types.TypeName) {
	if !p.live[tn] {
		p.live[tn] = true
		p.liveOrd = append(p.liveOrd, tn)
	}
}

// reach marks f reached and adds what its fact records, or for a function
// of this package what it records itself (reachLocal).
func (p *program) reach(f *types.Func) {
	f = f.Origin()
	if f.Pkg() == p.ix.Pass.Pkg {
		if fn := p.ix.Decls[f]; fn != nil {
			p.reachLocal(fn)
		}
		return
	}
	if p.reached[f] {
		return
	}
	p.reached[f] = true
	if fact := p.fact(f); fact != nil {
		p.addFact(fact.Calls, fact.Dyn, fact.Makes, fact.Flows)
	}
}

// reachLocal marks a function of this package reached: what it records,
// the literals in it and the functions of the package it calls.
func (p *program) reachLocal(fn *FuncNode) {
	if p.localReached[fn] {
		return
	}
	p.localReached[fn] = true
	p.addLocal(p.ix.dispatch[fn])
	for _, l := range p.inner[fn] {
		p.reachLocal(l)
	}
	for _, c := range fn.calls {
		if g := p.ix.Decls[c.Origin()]; g != nil {
			p.reachLocal(g)
		}
	}
}

// resolve resolves the dynamic calls to a fixed point: a target reached
// may build new live types or take new values.
func (p *program) resolve() {
	for {
		n, m, l := len(p.reached), len(p.liveOrd), len(p.localReached)
		keys := make([]DynCall, 0, len(p.dyns))
		for dc := range p.dyns {
			keys = append(keys, dc)
		}
		for _, dc := range keys {
			for _, t := range p.targetsOf(dc) {
				if t.fn != nil {
					p.reach(t.fn)
				}
			}
		}
		if len(p.reached) == n && len(p.liveOrd) == m && len(p.localReached) == l {
			return
		}
		clear(p.targets) // live types or flows grew: resolve again
	}
}

// targetsOf returns what a dynamic call may run in this program.
func (p *program) targetsOf(dc DynCall) []target {
	if ts, ok := p.targets[dc]; ok {
		return ts
	}
	var ts []target
	switch dc.Kind {
	case "iface":
		tn := p.typeNamed(dc.Key)
		if tn == nil {
			break
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			break
		}
		via := tn.Pkg().Name() + "." + tn.Name() + "." + dc.Method
		if dc == httpServe {
			// http.HandlerFunc(f) and the router's own HandleFunc: the
			// handler functions the program takes.
			for i := range p.flows {
				if fl := &p.flows[i]; fl.sig == httpHandlerSig {
					ts = append(ts, p.flowTarget(fl, via))
				}
			}
		}
		for _, lt := range p.liveOrd {
			if lt.IsAlias() {
				continue
			}
			if _, isIface := lt.Type().Underlying().(*types.Interface); isIface {
				continue
			}
			generic := isGeneric(tn) || isGeneric(lt)
			for _, t := range []types.Type{lt.Type(), types.NewPointer(lt.Type())} {
				if generic && !hasMethods(t, iface) || !generic && !types.Implements(t, iface) {
					continue
				}
				obj, _, _ := types.LookupFieldOrMethod(t, true, lt.Pkg(), dc.Method)
				if f, ok := obj.(*types.Func); ok {
					ts = append(ts, target{fn: f.Origin(), via: via, name: code.FuncLabel(f)})
				}
				break
			}
		}
	case "field", "var":
		// The field or variable: the values stored into it.
		for i := range p.flows {
			fl := &p.flows[i]
			if fl.into == dc.Kind+":"+dc.Key {
				ts = append(ts, p.flowTarget(fl, keyLabel(dc.Key)))
			}
		}
	case "param":
		for i := range p.flows {
			fl := &p.flows[i]
			if fl.into == "param:"+dc.Key {
				ts = append(ts, p.flowTarget(fl, "a function value"))
			}
		}
		if len(ts) == 0 { // what is passed is not known: any of the signature
			ts = p.targetsOf(DynCall{Kind: "sig", Key: dc.Method})
		}
	case "sig":
		for i := range p.flows {
			fl := &p.flows[i]
			if sigMatch(dc.Key, fl.sig) {
				ts = append(ts, p.flowTarget(fl, "a function value"))
			}
		}
	}
	p.targets[dc] = ts
	return ts
}

func (p *program) flowTarget(fl *progFlow, via string) target {
	if fl.embedded {
		return target{lit: fl, via: via, name: code.FuncLabel(fl.fn)}
	}
	if fl.fn != nil && fl.ret {
		return target{fn: fl.fn, via: via, name: "the function " + code.FuncLabel(fl.fn) + " returns", ret: true}
	}
	if fl.fn != nil {
		return target{fn: fl.fn, via: via, name: code.FuncLabel(fl.fn)}
	}
	if len(fl.work) == 0 && len(fl.sites) == 0 && len(fl.dyn) == 1 && fl.dyn[0].Kind == "iface" {
		// Its one dynamic call is the value: an http.Handler given as a
		// route, or c.login of an interface of the module.
		if fl.dyn[0] == httpServe {
			return target{lit: fl, via: via, name: "an http.Handler value"}
		}
		return target{lit: fl, via: via, name: "the method value " + keyLabel(fl.dyn[0].Key) + "." + fl.dyn[0].Method}
	}
	return target{lit: fl, via: via, name: "a function literal"}
}

func isGeneric(tn *types.TypeName) bool {
	n, ok := tn.Type().(*types.Named)
	return ok && n.TypeParams().Len() > 0
}

// hasMethods reports whether t has a method of each name of iface: the
// test for a generic interface or type, whose instantiations the facts do
// not record.
func hasMethods(t types.Type, iface *types.Interface) bool {
	ms := types.NewMethodSet(t)
	for m := range iface.Methods() {
		if ms.Lookup(m.Pkg(), m.Name()) == nil {
			return false
		}
	}
	return iface.NumMethods() > 0
}

// RouteWork returns, per route of another package that the program
// registers on an HTTP router (a handler, a group's or a chain's
// middleware), the Init work it does on every request: what a handler
// serving the router through an API-proxy adapter repeats on every
// invocation. Routes of this package are the region's own.
func (p *program) RouteWork() []RouteWork {
	var out []RouteWork
	for i := range p.flows {
		fl := &p.flows[i]
		if fl.into != "route" || fl.local && (fl.fn != nil && fl.fn.Pkg() == p.ix.Pass.Pkg || fl.fn == nil && len(fl.dyn) == 0) {
			continue // this package's own routes are the region's
		}
		t := p.flowTarget(fl, "")
		var ws []Work
		if t.fn != nil && !fl.embedded && (fl.ret || resultIsHandler(t.fn)) {
			// Middleware applied to the router (r.Use(authz.Check)): it
			// runs once, when applied; what runs per request is the
			// function it returns.
			ws = p.returned(t.fn)
		} else {
			ws = p.targetWork(t, false)
		}
		name := t.name
		if fl.ret && !t.ret {
			name = "the function " + name + " returns"
		}
		if ws := dedupWork(ws); len(ws) > 0 {
			out = append(out, RouteWork{Name: name, Work: ws, anyImpl: fl.fn == nil && len(fl.work) == 0, fn: t.fn})
		}
	}
	// A route given as an http.Handler value runs what the program puts
	// there: work a named route of the same router already reports is not
	// reported again for it (httpadapter.New(auth.RequireAPIKey(mux))).
	named := map[string]bool{}
	for _, rw := range out {
		if !rw.anyImpl {
			for _, w := range rw.Work {
				named[w.At] = true
			}
		}
	}
	return slices.DeleteFunc(out, func(rw RouteWork) bool {
		return rw.anyImpl && !slices.ContainsFunc(rw.Work, func(w Work) bool { return !named[w.At] })
	})
}

// resultIsHandler reports whether f returns a function or an http.Handler
// (middleware, a handler factory).
func resultIsHandler(f *types.Func) bool {
	res := f.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	t := res.At(0).Type()
	if _, ok := t.Underlying().(*types.Signature); ok {
		return true
	}
	n := namedOf(t)
	return n != nil && isHTTPHandler(n)
}

// RouteWork is the work of one route.
type RouteWork struct {
	Name string
	Work []Work
	// anyImpl: the route is an http.Handler value, whatever the program
	// converts to it.
	anyImpl bool
	// fn is the route's function, when it is one.
	fn *types.Func
}

// ReturnedWork is the Init work of the functions a factory of another
// package returns, which run on every invocation when a handler is what
// it returns: lambda.Start(ingest.Handler(store)). When what it returns is
// not a function it takes (a chain that wraps a handler in middleware), it
// may be any function of the result's signature the program takes.
func (p *program) ReturnedWork(f *types.Func, result types.Type) []Work {
	out := p.returned(f)
	if len(out) == 0 && !p.returnsKnown(f) && result != nil {
		// result is what the call gives, instantiated: a generic
		// Chain[T any](h T, m ...func(T) T) T returns the handler type.
		if sig, ok := result.Underlying().(*types.Signature); ok {
			for _, t := range p.targetsOf(DynCall{Kind: "sig", Key: sigKey(sig)}) {
				for _, w := range p.targetWork(t, false) {
					if w.Func == "" {
						w.Func = t.name
					}
					out = append(out, w)
				}
			}
		}
	}
	return dedupWork(out)
}

// returnsKnown reports whether f's fact says what function values it
// returns (Flows into "return"): then they alone are what it returns, and
// when they do no Init work, nothing does.
func (p *program) returnsKnown(f *types.Func) bool {
	fact := p.fact(f.Origin())
	return fact != nil && slices.ContainsFunc(fact.Flows, func(fl Flow) bool { return fl.Into == "return" })
}

func (p *program) returned(f *types.Func) []Work {
	fact := p.fact(f.Origin())
	if fact == nil {
		return nil
	}
	var out []Work
	for _, fl := range fact.Flows {
		if fl.Into != "return" {
			continue
		}
		pf := progFlow{into: fl.Into, sig: fl.Sig, work: fl.Work, dyn: fl.Dyn, sites: fl.DynSites}
		t := target{lit: &pf, name: "the function " + code.FuncLabel(f) + " returns"}
		if fl.Func != "" {
			if pf.fn = p.funcNamed(fl.Func); pf.fn == nil {
				continue
			}
			t = target{fn: pf.fn, name: code.FuncLabel(pf.fn), ret: fl.Ret}
		}
		for _, w := range p.targetWork(t, false) {
			if w.Func == "" {
				w.Func = t.name
			}
			out = append(out, w)
		}
	}
	return dedupWork(out)
}

// httpHandlerSig is the signature of an HTTP handler function.
const httpHandlerSig = "func(net/http.ResponseWriter, *net/http.Request)()"

// keyLabel turns "path T.f" into "pkg.T.f".
func keyLabel(key string) string {
	path, name, _ := strings.Cut(key, " ")
	return path[strings.LastIndexByte(path, '/')+1:] + "." + name
}

// fact returns the fact of a function of another package, read once.
func (p *program) fact(f *types.Func) *WorkFact {
	if fact, ok := p.facts[f]; ok {
		return fact
	}
	var fact *WorkFact
	if f.Pkg() != p.ix.Pass.Pkg && inModule(p.ix.Pass, f.Pkg()) {
		fact = new(WorkFact)
		if !p.ix.Pass.ImportObjectFact(f, fact) {
			fact = nil
		}
	}
	p.facts[f] = fact
	return fact
}

// targetWork is the Init work one run of a target does that is the same
// on every call whatever its arguments: its own (the receiver aside, which
// a value reached through an interface or stored in a field keeps), and
// what its own dynamic calls reach.
func (p *program) targetWork(t target, freshRecv bool) []Work {
	return sameWhateverGiven(p.targetWorkDeps(t, freshRecv))
}

// targetWorkDeps is targetWork with the work of a function target that
// depends on its parameters, Deps kept: a dynamic call whose site the
// facts describe maps them (mapDynDeps).
func (p *program) targetWorkDeps(t target, freshRecv bool) []Work {
	var out []Work
	if t.lit != nil {
		// With its deps: the parameters of the literal, or of the
		// function whose work the flow carries, that a call passes.
		out = append(out, t.lit.work...)
		for i, dc := range t.lit.dyn {
			if i >= len(t.lit.sites) || !t.lit.sites[i].Known {
				out = append(out, p.dynCallWork(dc)...)
				continue
			}
			// What the literal passes (factory(cfg), cfg captured from
			// the factory that returned it): the target's work from its
			// parameters, mapped to the literal's.
			for _, w := range p.dynCallWorkDeps(dc) {
				if deps, ok := mapDynDeps(w.Deps, t.lit.sites[i]); ok {
					w.Deps = deps
					out = append(out, w)
				}
			}
		}
		return out
	}
	if t.ret {
		return p.returned(t.fn)
	}
	if fact := p.fact(t.fn); fact != nil {
		for _, w := range fact.Work {
			if w.PerRecv {
				// Kept on the receiver: a value built on every run
				// misses each time, unless the cache is on something
				// it refers to or holds.
				if !freshRecv || w.InField || w.SharedGuard {
					continue
				}
				w.PerRecv, w.Guard = false, nil
			}
			if w.Func == "" {
				w.Func = t.name
			}
			out = append(out, w)
		}
	}
	if freshRecv {
		// The receiver's deps kept, for the conversion below: what the
		// target's dynamic calls build from it (e.Accept(ctx, v)
		// handing e to v.OrderPlaced) varies with a receiver made on
		// every run.
		for _, w := range p.DynWorkDeps(t.fn) {
			if !givenArgs(w) {
				out = append(out, w)
			}
		}
	} else {
		out = append(out, p.DynWork(t.fn)...)
	}
	if freshRecv {
		// Built from a receiver made on every run: the same each time
		// only when what it is made from is (mapDynDeps).
		for i, w := range out {
			if slices.Contains(w.Deps, -1) {
				w.Deps = slices.Clone(w.Deps)
				w.Deps[slices.Index(w.Deps, -1)] = recvFresh
				out[i] = w
			}
		}
	}
	return out
}

// dynCallWork is the work every target of a dynamic call does, each named
// for the call that reaches it.
func (p *program) dynCallWork(dc DynCall) []Work {
	if ws, ok := p.dynMemo[dc]; ok {
		return ws
	}
	out := sameWhateverGiven(p.dynCallWorkDeps(dc))
	p.dynMemo[dc] = out
	return out
}

// sameWhateverGiven keeps the work that depends on no parameter of the
// function doing it (a receiver was judged where it was built), deps
// dropped.
func sameWhateverGiven(ws []Work) []Work {
	var out []Work
	for _, w := range ws {
		if !givenArgs(w) {
			w.Deps = nil
			out = append(out, w)
		}
	}
	return out
}

// givenArgs reports whether w depends on what a call passes: a parameter,
// or a receiver built on every run (recvFresh), not only the receiver.
func givenArgs(w Work) bool {
	return slices.ContainsFunc(w.Deps, func(d int) bool { return d >= 0 || d == recvFresh })
}

// dynCallWorkDeps is dynCallWork with the work that depends on the
// targets' parameters, Deps kept.
func (p *program) dynCallWorkDeps(dc DynCall) []Work {
	if ws, ok := p.dynDepsMemo[dc]; ok {
		return ws
	}
	if p.busyDyn[dc] {
		return nil
	}
	p.busyDyn[dc] = true
	defer delete(p.busyDyn, dc)
	var out []Work
	for _, t := range p.targetsOf(dc) {
		for _, w := range p.targetWorkDeps(t, dc.Fresh) {
			if w.Via == "" {
				w.Via = t.via
			}
			out = append(out, w)
		}
	}
	out = dedupWork(out)
	if p.dynDepsMemo == nil {
		p.dynDepsMemo = map[DynCall][]Work{}
	}
	p.dynDepsMemo[dc] = out
	return out
}

// DynWork returns the Init work that calling f reaches through dynamic
// calls, in f or in the functions of other packages it calls: the work
// its own fact does not hold, whatever f is given.
func (p *program) DynWork(f *types.Func) []Work {
	return sameWhateverGiven(p.DynWorkDeps(f))
}

// DynWorkDeps is DynWork with the work that depends on f's parameters,
// Deps kept: the work of a dynamic call f makes whose target builds from
// what f passes (h.openRepo(ctx, h.cfg) depends on f's receiver only).
func (p *program) DynWorkDeps(f *types.Func) []Work {
	f = f.Origin()
	if ws, ok := p.workMemo[f]; ok {
		return ws
	}
	if p.busy[f] {
		return nil
	}
	p.busy[f] = true
	defer delete(p.busy, f)
	var out []Work
	if fact := p.fact(f); fact != nil {
		for i, dc := range fact.Dyn {
			ws := p.dynCallWork(dc)
			var site DynSite
			if i < len(fact.DynSites) {
				site = fact.DynSites[i]
			}
			if site.Known {
				ws = nil
				for _, w := range p.dynCallWorkDeps(dc) {
					deps, ok := mapDynDeps(w.Deps, site)
					if !ok {
						continue
					}
					w.Deps = deps
					ws = append(ws, w)
				}
			}
			for _, w := range ws {
				if w.ViaAt == "" && i < len(fact.DynAt) {
					w.ViaAt = fact.DynAt[i]
				}
				out = append(out, w)
			}
		}
		for _, c := range fact.Calls {
			if g := p.funcNamed(c); g != nil {
				out = append(out, p.DynWork(g)...)
			}
		}
	}
	out = dedupWork(out)
	p.workMemo[f] = out
	return out
}

func dedupWork(ws []Work) []Work {
	slices.SortStableFunc(ws, func(a, b Work) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return slices.CompactFunc(ws, func(a, b Work) bool { return a.File == b.File && a.Line == b.Line && a.Col == b.Col })
}

// funcNamed finds a function or method by its key ("path F", "path T.M").
func (p *program) funcNamed(key string) *types.Func {
	path, name, _ := strings.Cut(key, " ")
	pkg := p.pkgs[path]
	if pkg == nil {
		return nil
	}
	if tname, method, ok := strings.Cut(name, "."); ok {
		tn, _ := pkg.Scope().Lookup(tname).(*types.TypeName)
		if tn == nil {
			return nil
		}
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, method)
		f, _ := obj.(*types.Func)
		return f
	}
	f, _ := pkg.Scope().Lookup(name).(*types.Func)
	return f
}

// typeNamed finds a type by its key ("path T").
func (p *program) typeNamed(key string) *types.TypeName {
	path, name, _ := strings.Cut(key, " ")
	pkg := p.pkgs[path]
	if pkg == nil {
		return nil
	}
	tn, _ := pkg.Scope().Lookup(name).(*types.TypeName)
	return tn
}

// localTargets returns the functions of this package that fn's dynamic
// calls may run in this program: the region follows them as it follows
// static calls. Outside a main package, none.
func (ix *Detection) localTargets(fn *FuncNode) []*FuncNode {
	if len(fn.dynSites) == 0 && len(fn.extSites) == 0 {
		return nil
	}
	p := ix.program()
	if p == nil {
		return nil
	}
	var out []*FuncNode
	for _, s := range fn.dynSites {
		for _, t := range p.targetsOf(s.dyn) {
			out = append(out, p.targetCallbacks(t)...)
		}
	}
	// A function of another package that calls back into this one
	// through a value this package gave it (a field main sets to one of
	// its functions, called by a service).
	for _, s := range fn.extSites {
		out = append(out, p.localCallbacks(s.callee)...)
	}
	return out
}

// routeCallbacks returns the functions of this package that the routes of
// other packages, which an adapter serves, call back.
func (ix *Detection) routeCallbacks() []*FuncNode {
	p := ix.program()
	if p == nil {
		return nil
	}
	var out []*FuncNode
	for i := range p.flows {
		fl := &p.flows[i]
		if fl.into != "route" || fl.local && (fl.fn == nil || fl.fn.Pkg() == ix.Pass.Pkg) {
			continue
		}
		out = append(out, p.targetCallbacks(p.flowTarget(fl, ""))...)
	}
	return out
}

// targetCallbacks returns the functions of this package that running a
// target of a dynamic call may run: the target itself when it is one;
// otherwise, for a function of another package or the work a flow carries,
// what its own dynamic calls run back here, transitively (a field main
// sets to one of its functions, called by a service).
func (p *program) targetCallbacks(t target) []*FuncNode {
	switch {
	case t.ret && t.fn.Pkg() == p.ix.Pass.Pkg:
		// What a factory of this package returns, not the factory, whose
		// body runs where it is called (main, for a value kept in a
		// field): the literals it returns run where the value is called.
		if f := p.ix.Decls[t.fn]; f != nil {
			return p.ix.returnedLits(f)
		}
		return nil
	case t.fn != nil && t.fn.Pkg() == p.ix.Pass.Pkg:
		if f := p.ix.Decls[t.fn]; f != nil {
			return []*FuncNode{f}
		}
		return nil
	case t.lit != nil && t.lit.node != nil:
		// A literal of this package that another package calls back
		// (repo.New(table, func() *dynamodb.Client {…}) kept in a
		// field its methods call): it runs with them.
		return []*FuncNode{t.lit.node}
	case t.lit != nil:
		if out, done := p.flowCallbacks[t.lit]; done {
			return out // known, or being found: a value that reaches itself
		}
		p.flowCallbacks[t.lit] = nil
		out := p.dynCallbacks(t.lit.dyn, nil)
		p.flowCallbacks[t.lit] = out
		return out
	case t.fn != nil:
		return p.localCallbacks(t.fn)
	}
	return nil
}

// returnedCallbacks returns the functions of this package that what f, a
// factory of another package, returns calls back.
func (p *program) returnedCallbacks(f *types.Func) []*FuncNode {
	fact := p.fact(f.Origin())
	if fact == nil {
		return nil
	}
	var out []*FuncNode
	for _, fl := range fact.Flows {
		if fl.Into != "return" {
			continue
		}
		if fl.Func != "" {
			if g := p.funcNamed(fl.Func); g != nil {
				out = append(out, p.targetCallbacks(target{fn: g, ret: fl.Ret})...)
			}
			continue
		}
		out = append(out, p.dynCallbacks(fl.Dyn, nil)...)
	}
	return sortedNodes(out)
}

// localCallbacks is targetCallbacks for a function of another package,
// through its fact.
func (p *program) localCallbacks(f *types.Func) []*FuncNode {
	f = f.Origin()
	if ts, ok := p.callbacks[f]; ok {
		return ts
	}
	p.callbacks[f] = nil // a cycle adds nothing more
	var out []*FuncNode
	if fact := p.fact(f); fact != nil {
		out = p.dynCallbacks(fact.Dyn, fact.Calls)
	}
	p.callbacks[f] = out
	return out
}

// dynCallbacks returns, once each, the functions of this package that the
// targets of dyn and the functions called by name may run back.
func (p *program) dynCallbacks(dyn []DynCall, calls []string) []*FuncNode {
	var out []*FuncNode
	for _, dc := range dyn {
		for _, t := range p.targetsOf(dc) {
			out = append(out, p.targetCallbacks(t)...)
		}
	}
	for _, c := range calls {
		if g := p.funcNamed(c); g != nil {
			out = append(out, p.localCallbacks(g)...)
		}
	}
	return sortedNodes(out)
}

// sortedNodes sorts functions in source order, once each.
func sortedNodes(fs []*FuncNode) []*FuncNode {
	slices.SortFunc(fs, func(a, b *FuncNode) int { return cmp.Compare(a.Node().Pos(), b.Node().Pos()) })
	return slices.Compact(fs)
}

// dispatchRegion adds, in a main package, the candidates the program's
// dynamic calls give the functions of the region: at a call of another
// package's function, the Init work its dynamic calls reach (with what its
// fact says it does itself); at a call through an interface or a function
// value, the work of every function of another package it may run in this
// program. Such a candidate is reported at the call, with no fix: the work
// is in the other package.
func (ix *Detection) dispatchRegion(region []*Reach) {
	p := ix.program()
	if p == nil {
		return
	}
	for _, r := range region {
		fn := r.Fn
		if len(fn.extSites) == 0 && len(fn.dynSites) == 0 {
			continue
		}
		base := ix.candsOf(fn)
		at := map[ast.Node]int{}
		for i, c := range base {
			at[c.Node] = i
		}
		cands := slices.Clone(base)
		changed := false
		put := func(call *ast.CallExpr, c *Candidate) {
			changed = true
			if i, ok := at[call]; ok {
				cands[i] = c
				return
			}
			at[call] = len(cands)
			cands = append(cands, c)
		}
		for _, s := range fn.extSites {
			ws := p.DynWorkDeps(s.callee) // the call's arguments judge the deps
			if len(ws) == 0 {
				continue
			}
			c := &Candidate{Node: s.call, cur: s.cur, Fn: s.callee, Dispatched: true, label: code.FuncLabel(s.callee)}
			fact := &WorkFact{}
			if i, ok := at[s.call]; ok && base[i].Fact != nil {
				fact.Work = slices.Clone(base[i].Fact.Work)
				fact.Inputs = base[i].Fact.Inputs
			}
			fact.Work = dedupWork(append(fact.Work, ws...))
			c.Fact, c.Kind = fact, fact.Work[0].Kind
			put(s.call, c)
		}
		for _, s := range fn.dynSites {
			ts := p.targetsOf(s.dyn)
			if len(ts) == 0 {
				continue // nothing known: what the index found stands
			}
			var ws []Work
			var first *types.Func
			for _, t := range ts {
				if t.fn != nil && t.fn.Pkg() == ix.Pass.Pkg {
					continue // followed by the region
				}
				// The label names the call; the work names where it is.
				// Work built from the target's parameters stays, for the
				// call's arguments to judge (factWork); its receiver was
				// judged where the value was built (DynCall.Fresh).
				var tw []Work
				for _, w := range p.targetWorkDeps(t, s.dyn.Fresh) {
					// A receiver built here on every run is the call's
					// own (factWork judges it); others were judged.
					w.Deps = slices.DeleteFunc(slices.Clone(w.Deps), func(d int) bool { return d < 0 && d != recvFresh })
					if i := slices.Index(w.Deps, recvFresh); i >= 0 {
						w.Deps[i] = -1
					}
					tw = append(tw, w)
				}
				if len(tw) > 0 && first == nil {
					first = t.fn
					if first == nil && t.lit != nil {
						first = t.lit.fn // a function whose work the flow carries
					}
				}
				ws = append(ws, tw...)
			}
			if len(ws) == 0 {
				if i, ok := at[s.call]; ok && base[i].Via != nil && s.abstract != nil {
					// The index's guess among the module's types: none of
					// this program's implementations does the work.
					cands[i] = nil
					changed = true
				}
				continue
			}
			fn0 := first
			if s.abstract != nil {
				fn0 = s.abstract
			}
			if fn0 == nil {
				// Only literals: the call's own signature stands for
				// theirs, for the arguments that judge their work.
				sig, ok := ix.Pass.TypesInfo.TypeOf(s.call.Fun).Underlying().(*types.Signature)
				if !ok {
					continue
				}
				pkg, name := ix.Pass.Pkg, types.ExprString(s.call.Fun)
				if path, v, ok := strings.Cut(s.dyn.Key, " "); ok && s.dyn.Kind == "var" && p.pkgs[path] != nil {
					pkg, name = p.pkgs[path], v // the variable's package is where to change it
				}
				fn0 = types.NewFunc(s.call.Fun.Pos(), pkg, name, sig)
			}
			ws = dedupWork(ws)
			put(s.call, &Candidate{Node: s.call, cur: s.cur, Kind: ws[0].Kind, Fn: fn0, Fact: &WorkFact{Work: ws},
				Dispatched: true, label: types.ExprString(s.call.Fun)})
		}
		if !changed {
			continue
		}
		cands = slices.DeleteFunc(cands, func(c *Candidate) bool { return c == nil })
		slices.SortStableFunc(cands, func(a, b *Candidate) int { return cmp.Compare(a.Node.Pos(), b.Node.Pos()) })
		if ix.dispatchCands == nil {
			ix.dispatchCands = map[*FuncNode][]*Candidate{}
		}
		ix.dispatchCands[fn] = cands
	}
}

// routesElsewhere reports, at the first registration that serves an HTTP
// router (through an API-proxy adapter, lambdaurl or algnhsa), the routes
// of other packages whose handlers or middleware do Init work on every
// request, and so on every invocation: api.Register(r) in init, then
// lambda.Start(handler) with handler calling ginLambda.ProxyWithContext.
func (ix *Detection) routesElsewhere(region []*Reach) []analysis.Diagnostic {
	p := ix.program()
	if p == nil {
		return nil
	}
	routes := p.RouteWork()
	if len(routes) == 0 {
		return nil // no route of the program builds anything
	}
	var reg *Registration
	for _, r := range ix.regs {
		if ix.servesRouter(r, region) {
			reg = r
			break
		}
	}
	if reg == nil || reg.entry.Arg >= len(reg.Call.Args) {
		return nil
	}
	arg := reg.Call.Args[reg.entry.Arg]
	// A handler of another package found there by its shape
	// (application.LambdaHandler taking an events type) reports the
	// routes of its own package itself.
	var shaped *types.Package
	if fn, f := ix.registeredFunc(arg); f != nil && f.Reported {
		shaped = fn.Pkg()
	}
	var out []analysis.Diagnostic
	for _, rw := range routes {
		if shaped != nil && rw.fn != nil && rw.fn.Pkg() == shaped {
			continue
		}
		var ws []Work
		for _, w := range rw.Work {
			if ix.cfg.Enabled(w.Kind) {
				ws = append(ws, w)
			}
		}
		if len(ws) == 0 {
			continue
		}
		pkg := ws[0].Pkg()
		d := analysis.Diagnostic{
			Pos: arg.Pos(), End: arg.End(), Category: string(ws[0].Kind),
			Message: fmt.Sprintf("%s, a route of the router this handler serves, %s on every invocation; build it once outside the handler, in package %s (no automatic fix: the code is in another package)",
				rw.Name, Describe(ws), pkg),
		}
		d.Related = append(d.Related, WorkRelated(&ix.files, ws)...)
		out = append(out, d)
	}
	return out
}

// servesRouter reports whether a registration serves an HTTP router: its
// handler forwards the event to an API-proxy adapter, or the registered
// value is (or is built from) a router, a ServeMux or an adapter.
func (ix *Detection) servesRouter(r *Registration, region []*Reach) bool {
	for _, x := range region {
		if x.Handler.Registration == r && len(x.Fn.proxies) > 0 {
			return true
		}
	}
	if r.entry.Arg >= len(r.Call.Args) {
		return false
	}
	info := ix.Pass.TypesInfo
	// A handler of another package that hands its request to an adapter
	// (app.Handle calling a.adapter.ProxyWithContext).
	if _, fact := ix.registeredFunc(r.Call.Args[r.entry.Arg]); fact != nil && fact.Serves {
		return true
	}
	found := false
	var visit func(e ast.Node, depth int)
	visit = func(e ast.Node, depth int) {
		ast.Inspect(e, func(n ast.Node) bool {
			x, ok := n.(ast.Expr)
			if !ok || found {
				return !found
			}
			if t := info.TypeOf(x); t != nil && (servingType(t) || ix.isHTTPHandlerValue(t)) {
				found = true
				return false
			}
			// A package variable holding the router or adapter, given once.
			if id, ok := x.(*ast.Ident); ok && depth == 0 {
				if v, ok := info.Uses[id].(*types.Var); ok {
					for _, a := range ix.Assigns[v] {
						if a.rhs != nil {
							visit(a.rhs, 1)
						}
					}
				}
			}
			return true
		})
	}
	visit(r.Call.Args[r.entry.Arg], 0)
	return found
}

// registeredFunc returns the function of another package that arg, a
// registered value, names (api.Handle, app.Handle, or a local given one
// of them), with its fact; nil when it names none or has no fact.
func (ix *Detection) registeredFunc(arg ast.Expr) (*types.Func, *WorkFact) {
	fn, ok := ix.Pass.TypesInfo.Uses[code.IdentOf(ast.Unparen(ix.soleValue(arg)))].(*types.Func)
	if !ok || fn.Pkg() == ix.Pass.Pkg {
		return nil, nil
	}
	return fn, ix.anyFact(fn)
}

// isHTTPHandlerValue reports whether t is http.Handler or implements it.
func (ix *Detection) isHTTPHandlerValue(t types.Type) bool {
	pkg := ix.program().pkgs["net/http"]
	if pkg == nil {
		return false
	}
	h, _ := pkg.Scope().Lookup("Handler").(*types.TypeName)
	if h == nil {
		return false
	}
	iface, _ := h.Type().Underlying().(*types.Interface)
	return iface != nil && (types.Identical(t, h.Type()) || types.Implements(t, iface) || types.Implements(types.NewPointer(t), iface))
}

// servingType reports whether t is an HTTP router, a ServeMux or an
// API-proxy adapter.
func servingType(t types.Type) bool {
	if isRouter(t) || code.IsNamedType(derefType(t), "net/http", "ServeMux") {
		return true
	}
	named := namedOf(t)
	return named != nil && named.Obj().Pkg() != nil && strings.HasPrefix(named.Obj().Pkg().Path(), "github.com/awslabs/aws-lambda-go-api-proxy/")
}
