package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/hoist"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// index is what detection reads of the package, gathered in one
// traversal with the shared inspector: built by buildIndex and never
// written after.
type index struct {
	pass  *analysis.Pass
	ins   *inspector.Inspector
	funcs []*funcNode                // in source order
	byLit map[*ast.FuncLit]*funcNode // function literals
	decls map[*types.Func]*funcNode  // declared functions and methods
	regs  []*registration
	// assigns records every value a variable is given; pkgWriters records,
	// for package-level variables, the functions that write them.
	assigns    map[*types.Var][]assignment
	pkgWriters map[*types.Var][]assignment
	// initCalls holds the functions called at package level or from init.
	initCalls map[*types.Func]bool
	// envs are the calls that change the environment (see envWrites).
	envs []envWrite
	syms *symbols
}

// detection is the detection stage of one pass: the read-only index, the
// configuration, what its steps find (handlers, the region, the helpers
// whose calls are lifted), each set once by detect before the next step
// reads it, and the caches of the questions the steps and planning ask.
type detection struct {
	*index
	cfg *Config
	// found are the package's handlers.
	found []*handler
	// inRegion marks the functions that run on every invocation.
	inRegion map[*funcNode]bool
	lifted   map[*funcNode]bool // helpers whose calls are lifted (liftHelpers)

	files fileFinder // the file set's files by name (facts.go)
	// idents are the identifiers of function bodies (see identsOf), in
	// arrays they share; identBuf is the array the next one goes to.
	idents     map[*funcNode]hoist.Idents
	identBuf   hoist.Idents
	recvMemo   map[*types.Var]bool // see recvWritten
	modTypes   *[]*types.TypeName  // see moduleTypes
	setupMemo  map[*funcNode]bool  // see setupOnly
	helperMemo map[*funcNode]uint8 // see helperInvariant
	summaries  *summariser
	readsMemo  map[*funcNode]reads       // see helperReads
	safeMemo   map[*types.TypeName]uint8 // see safeType
	writesMemo map[*types.Named]bool     // see sdkWrites
	envsMemo   []envWrite                // see envWrites
}

// funcNode is a function declaration or literal: a node of the
// same-package call graph.
type funcNode struct {
	decl  *ast.FuncDecl // nil for literals
	lit   *ast.FuncLit  // nil for declarations
	cur   inspector.Cursor
	outer *funcNode // enclosing function of a literal
	calls []*types.Func
	sites []callSite  // the calls of calls, where they are direct
	lits  []*funcNode // nested literals that run when this runs
	// proxies are the adapters this function forwards the event to
	// (return ginLambda.ProxyWithContext(ctx, req)): their routes run too.
	proxies   []ast.Expr
	cands     []*candidate
	directive bool             // marked //lambdainit:handler
	sig       *types.Signature // of a declaration; nil for literals and when the type checker failed
}

// identsOf returns the identifiers of f's body, listed once for every
// plan of f and its fix. The lists share large arrays (hoist.AppendIdents).
func (ix *detection) identsOf(f *funcNode) hoist.Idents {
	ids, ok := ix.idents[f]
	if !ok {
		// About one identifier per eight bytes of source: a body that
		// may not fit what is left starts a new array.
		if est := int(f.body().End()-f.body().Pos()) / 8; cap(ix.identBuf)-len(ix.identBuf) < est {
			ix.identBuf = make(hoist.Idents, 0, max(4096, est))
		}
		ix.identBuf, ids = hoist.AppendIdents(ix.identBuf, ix.pass.TypesInfo, f.body())
		ix.idents[f] = ids
	}
	return ids
}

func (f *funcNode) node() ast.Node {
	if f.decl != nil {
		return f.decl
	}
	return f.lit
}

func (f *funcNode) body() *ast.BlockStmt {
	if f.decl != nil {
		return f.decl.Body
	}
	return f.lit.Body
}

func (f *funcNode) ftype() *ast.FuncType {
	if f.decl != nil {
		return f.decl.Type
	}
	return f.lit.Type
}

// name is how messages refer to the function.
func (f *funcNode) name() string {
	if f.decl == nil {
		if f.outer != nil {
			return "a function literal in " + f.outer.name()
		}
		if vs, ok := f.cur.Parent().Node().(*ast.ValueSpec); ok && len(vs.Names) == len(vs.Values) {
			for i, v := range vs.Values {
				if v == f.lit {
					return "the function literal of " + vs.Names[i].Name
				}
			}
		}
		return "a function literal"
	}
	if f.decl.Recv != nil && len(f.decl.Recv.List) == 1 {
		return recvTypeName(f.decl.Recv.List[0].Type) + "." + f.decl.Name.Name
	}
	return f.decl.Name.Name
}

// isNamed reports whether f is the package-level function called name.
func (f *funcNode) isNamed(name string) bool {
	return f != nil && f.decl != nil && f.decl.Recv == nil && f.decl.Name.Name == name
}

// callSite is a direct call of a function of this package.
type callSite struct {
	callee *types.Func
	call   *ast.CallExpr
	later  bool // go f() or defer f(): it runs after the caller goes on
}

// assignment is one value given to a variable. opaque means the value is
// unknown: a range variable, an address taken, an op-assignment, a field
// or element written.
type assignment struct {
	rhs    ast.Expr
	opaque bool
	// escapes marks an address taken (flag.StringVar(&v, …)): whoever
	// holds it may write the variable at any later time.
	escapes bool
	// test marks a write in a _test.go file: it does not run in
	// production, but the code reading the variable must run after it.
	test bool
	// configure is the configurer call the address is handed to
	// (otelaws.AppendMiddlewares(&cfg.APIOptions)): it writes the same on
	// every invocation when its other arguments are (configure.go).
	configure *ast.CallExpr
	// setup is the value a statement of its own at the top of a function
	// body, or in an if there that does nothing else, gives a field of the
	// variable (cfg.Region = "eu-west-1"): the same on every run when
	// setup is, and the if's condition (configure.go).
	setup ast.Expr
	// setupIf is the if whose body holds the set-up, when it is
	// conditional (condSetup).
	setupIf *ast.IfStmt
	in      *funcNode // nil at package level
	pos     token.Pos // where the value is given
}

// registration is a call that registers a handler.
type registration struct {
	call  *ast.CallExpr
	entry entryPoint
	fn    *types.Func
	in    *funcNode
	cur   inspector.Cursor
}

// candidate is an expensive construction or input literal, before the
// region and invariance checks decide whether it is a finding.
type candidate struct {
	node ast.Node // *ast.CallExpr or *ast.CompositeLit
	cur  inspector.Cursor
	kind Kind
	what string      // for calls: what the constructor rebuilds
	fn   *types.Func // for calls: the constructor
	// label names a literal resource in messages ("http.Transport{…}").
	label string
	// opaque marks a call into another package that returns a client:
	// what it does inside is not seen.
	opaque bool
	// fact is the summary of a function of another package of the module
	// that does Init work (see facts.go).
	fact *workFact
	// via is, for a call through an interface, the interface method; fn
	// is then its one implementation, or the first of several that all do
	// the work (several).
	via     *types.Func
	several bool
}

// name is how messages and fix titles name the candidate.
func (c *candidate) name(info *types.Info) string {
	switch {
	case c.label != "":
		return c.label
	case c.kind == KindParams:
		named := inputType(info.TypeOf(c.node.(ast.Expr)))
		return named.Obj().Pkg().Name() + "." + named.Obj().Name()
	}
	return label(c.fn)
}

// symbols are the objects looked up once per pass.
type symbols struct {
	entries  map[*types.Func]entryPoint
	extra    map[*types.Func]bool // extra-constructors
	onceDo   *types.Func
	onceFns  map[*types.Func]bool // sync.OnceFunc, OnceValue, OnceValues
	pkgScope *types.Scope
}

func lookupSymbols(pass *analysis.Pass, cfg *Config) *symbols {
	s := &symbols{entries: map[*types.Func]entryPoint{}, extra: map[*types.Func]bool{}, onceFns: map[*types.Func]bool{}, pkgScope: pass.Pkg.Scope()}
	imports := map[string]*types.Package{}
	for _, imp := range pass.Pkg.Imports() {
		imports[imp.Path()] = imp
	}
	for _, spec := range cfg.ExtraRegistrations {
		f, arg, _ := parseRegistration(spec)
		if fn := f.lookup(imports); fn != nil {
			s.entries[fn] = entryPoint{pkg: fn.Pkg().Path(), name: fn.Name(), arg: arg}
		}
	}
	for _, spec := range cfg.ExtraConstructors {
		f, _ := parseFuncSpec(spec)
		if fn := f.lookup(imports); fn != nil {
			s.extra[fn] = true
		}
	}
	for _, imp := range pass.Pkg.Imports() {
		for _, e := range entryPoints {
			if imp.Path() == e.pkg {
				if fn, ok := imp.Scope().Lookup(e.name).(*types.Func); ok {
					s.entries[fn] = e
				}
			}
		}
		if imp.Path() == "sync" {
			for _, name := range []string{"OnceFunc", "OnceValue", "OnceValues"} {
				if fn, ok := imp.Scope().Lookup(name).(*types.Func); ok {
					s.onceFns[fn] = true
				}
			}
			if tn, ok := imp.Scope().Lookup("Once").(*types.TypeName); ok {
				if obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, imp, "Do"); obj != nil {
					s.onceDo, _ = obj.(*types.Func)
				}
			}
		}
	}
	return s
}

// frame is one entry of the traversal's stack: a function, or a range of
// code inside one that runs at most once (a sync.Once argument, the body of
// a nil-check lazy initialisation).
type frame struct {
	pos, end token.Pos
	fn       *funcNode // nil for a run-once range
}

type indexer struct {
	*detection
	info    *types.Info
	stack   []frame
	skip    bool // the current file is generated or a test
	test    bool // the current file is a test
	pos     token.Pos
	ctorMap map[*types.Func]*ctor
	// varCalls are calls of package variables, resolved at the end.
	varCalls []varCall
}

func buildIndex(pass *analysis.Pass, ins *inspector.Inspector, syms *symbols, cfg *Config) *detection {
	ix := &indexer{detection: &detection{
		index: &index{
			pass:       pass,
			ins:        ins,
			byLit:      map[*ast.FuncLit]*funcNode{},
			decls:      map[*types.Func]*funcNode{},
			assigns:    map[*types.Var][]assignment{},
			pkgWriters: map[*types.Var][]assignment{},
			initCalls:  map[*types.Func]bool{},
			syms:       syms,
		},
		cfg:    cfg,
		files:  fileFinder{fset: pass.Fset},
		idents: map[*funcNode]hoist.Idents{},
	},
		info:    pass.TypesInfo,
		ctorMap: map[*types.Func]*ctor{},
	}
	filter := []ast.Node{
		(*ast.File)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil),
		(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.RangeStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.IfStmt)(nil),
	}
	for cur := range ins.Root().Preorder(filter...) {
		n := cur.Node()
		if f, ok := n.(*ast.File); ok {
			ix.stack = ix.stack[:0]
			name := sourceName(pass, f)
			ix.test = strings.HasSuffix(name, "_test.go")
			ix.skip = ix.test || generated(pass, f)
			continue
		}
		ix.popTo(n.Pos())
		switch n := n.(type) {
		case *ast.FuncDecl:
			fn := &funcNode{decl: n, cur: cur, directive: hasDirective(n.Doc, "lambdainit:handler")}
			if obj, ok := ix.info.Defs[n.Name].(*types.Func); ok {
				ix.decls[obj] = fn
				fn.sig, _ = obj.Type().(*types.Signature)
			}
			ix.funcs = append(ix.funcs, fn)
			ix.stack = append(ix.stack, frame{n.Pos(), n.End(), fn})
		case *ast.FuncLit:
			outer, once := ix.current()
			fn := &funcNode{lit: n, cur: cur, outer: outer}
			if outer != nil && !once {
				outer.lits = append(outer.lits, fn)
			}
			ix.byLit[n] = fn
			ix.funcs = append(ix.funcs, fn)
			ix.stack = append(ix.stack, frame{n.Pos(), n.End(), fn})
		case *ast.CallExpr:
			ix.call(n, cur)
		case *ast.CompositeLit:
			ix.compositeLit(n, cur)
		case *ast.AssignStmt:
			ix.assignStmt(n)
			if v, rhs := fieldSetup(ix.info, n); v != nil && len(ix.assigns[v]) > 0 {
				// cfg.Region = "eu-west-1" at the top of a function body,
				// or in an if there that does nothing else: a set-up,
				// the same on every run when rhs (and the if's
				// condition) is.
				a := &ix.assigns[v][len(ix.assigns[v])-1]
				if isBodyStmt(cur) {
					a.setup = rhs
				} else if is, ok := cur.Parent().Parent().Node().(*ast.IfStmt); ok && isBodyStmt(cur.Parent().Parent()) {
					if condSetup(ix.info, is) == v {
						a.setup, a.setupIf = rhs, is
					}
				}
			}
		case *ast.ValueSpec:
			fn, _ := ix.current()
			for i, name := range n.Names {
				v, _ := ix.info.Defs[name].(*types.Var)
				if v == nil {
					continue
				}
				switch {
				case len(n.Values) == len(n.Names):
					ix.record(v, assignment{rhs: n.Values[i], in: fn, pos: name.Pos()})
				case len(n.Values) == 1:
					ix.record(v, assignment{rhs: n.Values[0], in: fn, pos: name.Pos()})
				default:
					ix.record(v, assignment{in: fn, pos: name.Pos()}) // zero value
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if e != nil {
					ix.write(e)
				}
			}
		case *ast.IncDecStmt:
			ix.write(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if _, lit := ast.Unparen(n.X).(*ast.CompositeLit); !lit && !ix.inputToOperation(n, cur) {
					ix.writeAt(n.X, true)
					if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && len(call.Args) > 0 && call.Args[0] == ast.Expr(n) && isConfigurer(ix.info, call) {
						if id := rootIdent(n.X); id != nil {
							if v := ix.varOf(id); v != nil && len(ix.assigns[v]) > 0 {
								ix.assigns[v][len(ix.assigns[v])-1].configure = call
							}
						}
					}
				}
			}
		case *ast.IfStmt:
			ix.lazyInit(n, cur)
		}
	}
	ix.resolveVarCalls()
	return ix.detection
}

// popTo pops the frames that end before pos. Frames can be pushed before
// the traversal reaches them (the arguments of a sync.Once call, the rest of
// a block after a nil-check guard), so current checks containment itself.
func (ix *indexer) popTo(pos token.Pos) {
	for len(ix.stack) > 0 && ix.stack[len(ix.stack)-1].end <= pos {
		ix.stack = ix.stack[:len(ix.stack)-1]
	}
	ix.pos = pos
}

// current returns the innermost function at the current position and
// whether the position is inside a run-once range of it.
func (ix *indexer) current() (fn *funcNode, once bool) {
	for i := len(ix.stack) - 1; i >= 0; i-- {
		f := ix.stack[i]
		if ix.pos < f.pos || ix.pos >= f.end {
			continue
		}
		if f.fn != nil {
			return f.fn, once
		}
		once = true
	}
	return nil, false
}

// outermost returns the function of the stack that no other function
// holds: a declaration, or a literal at package level.
func (ix *indexer) outermost() *funcNode {
	for _, f := range ix.stack {
		if f.fn != nil && ix.pos >= f.pos && ix.pos < f.end {
			return f.fn
		}
	}
	return nil
}

func (ix *indexer) pushOnce(pos, end token.Pos) {
	ix.stack = append(ix.stack, frame{pos: pos, end: end})
}

func (ix *indexer) call(call *ast.CallExpr, cur inspector.Cursor) {
	fn, once := ix.current()
	callee, _ := typeutil.Callee(ix.info, call).(*types.Func)
	if callee != nil {
		callee = callee.Origin()
	}
	if callee != nil && (callee == ix.syms.onceDo || ix.syms.onceFns[callee]) {
		for _, a := range call.Args {
			ix.pushOnce(a.Pos(), a.End())
		}
		return
	}
	if isBuilder(callee) && callee.Type().(*types.Signature).Recv() != nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			ix.write(sel.X) // a builder method may change its receiver
		}
	}
	// A registration in a generated file counts (its findings would not).
	if e, ok := ix.syms.entries[callee]; ok && !ix.test {
		ix.regs = append(ix.regs, &registration{call: call, entry: e, fn: callee, in: fn, cur: cur})
	}
	if callee != nil && callee.Pkg() == ix.pass.Pkg && (fn == nil || fn.isNamed("init")) {
		ix.initCalls[callee] = true
	}
	if fn != nil && isEnvWrite(callee) {
		ix.envs = append(ix.envs, envWrite{pos: call.Pos(), in: ix.outermost()})
	}
	if fn == nil || once {
		return
	}
	if callee == nil && !ix.skip {
		// A package variable holding a function (var loadConfig =
		// config.LoadDefaultConfig): resolved once every assignment is
		// known, at the end of the traversal.
		fun, table := ast.Unparen(call.Fun), false
		if ie, ok := fun.(*ast.IndexExpr); ok {
			// routes[ev.Kind](ctx, ev.Body): a table of handlers.
			fun, table = ast.Unparen(ie.X), true
		}
		if id := identOf(fun); id != nil {
			if v, ok := ix.info.Uses[id].(*types.Var); ok && v.Parent() == ix.syms.pkgScope {
				ix.varCalls = append(ix.varCalls, varCall{fn: fn, call: call, cur: cur, v: v, table: table})
			}
		}
	}
	ix.callIn(fn, callee, call, cur)
}

// varCall is a call of a package variable holding a function.
type varCall struct {
	fn   *funcNode
	call *ast.CallExpr
	cur  inspector.Cursor
	v    *types.Var
	// table: the call is of an element of v, a map or slice of functions.
	table bool
}

// resolveVarCalls treats a call of a package variable that production code
// gives one function value as a call of that function: a literal runs with
// the caller, a function is classified like a direct call.
func (ix *indexer) resolveVarCalls() {
	ix.skip = false // only calls outside tests and generated files were kept
	for _, vc := range ix.varCalls {
		if vc.table {
			ix.tableCall(vc)
			continue
		}
		switch rhs := ix.varValue(vc.v).(type) {
		case *ast.FuncLit:
			if lit := ix.byLit[rhs]; lit != nil {
				vc.fn.lits = append(vc.fn.lits, lit)
			}
		case *types.Func:
			ix.callIn(vc.fn, rhs.Origin(), vc.call, vc.cur)
		}
	}
}

// tableCall records that a call of an element of a package-level table of
// functions (map[string]func(…){"a": onA, "b": func(…){…}}) may run any of
// them. Only a table that production code assigns once, as a literal, is
// followed.
func (ix *indexer) tableCall(vc varCall) {
	for _, elt := range ix.tableOf(vc.v) {
		switch e := ast.Unparen(elt).(type) {
		case *ast.FuncLit:
			if l := ix.byLit[e]; l != nil {
				vc.fn.lits = append(vc.fn.lits, l)
			}
		default:
			if f := ix.funcRef(e); f != nil {
				vc.fn.calls = append(vc.fn.calls, f)
			}
		}
	}
}

// tableOf returns the elements of a table of functions, v, that production
// code assigns once, as a literal (map[string]func(…){"a": onA, …}), or
// nil: a table written anywhere else may hold anything.
func (ix *detection) tableOf(v *types.Var) []ast.Expr {
	var lit *ast.CompositeLit
	for _, a := range ix.assigns[v] {
		if a.test {
			continue
		}
		l, ok := ast.Unparen(a.rhs).(*ast.CompositeLit)
		if lit != nil || a.opaque || !ok {
			return nil
		}
		lit = l
	}
	if lit == nil {
		return nil
	}
	elts := make([]ast.Expr, len(lit.Elts))
	for i, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		elts[i] = elt
	}
	return elts
}

// varValue returns the function literal (*ast.FuncLit) or function
// (*types.Func) that production code assigns to a package variable, when
// it assigns exactly one; tests may swap it, which the fix checks.
func (ix *detection) varValue(v *types.Var) any {
	var only *assignment
	for i, a := range ix.assigns[v] {
		if a.test {
			continue
		}
		if only != nil || a.opaque || a.rhs == nil {
			return nil
		}
		only = &ix.assigns[v][i]
	}
	if only == nil {
		return nil
	}
	var id *ast.Ident
	switch rhs := ast.Unparen(only.rhs).(type) {
	case *ast.FuncLit:
		return rhs
	case *ast.Ident:
		id = rhs
	case *ast.SelectorExpr:
		id = rhs.Sel
	}
	if f, ok := ix.pass.TypesInfo.Uses[id].(*types.Func); ok && id != nil {
		return f
	}
	return nil
}

// funcOf returns the function a call calls: its callee, or the function a
// package variable it calls holds.
func (ix *detection) funcOf(call *ast.CallExpr) *types.Func {
	if f, ok := typeutil.Callee(ix.pass.TypesInfo, call).(*types.Func); ok {
		return f
	}
	if id := identOf(ast.Unparen(call.Fun)); id != nil {
		if v, ok := ix.pass.TypesInfo.Uses[id].(*types.Var); ok && v.Parent() == ix.syms.pkgScope {
			f, _ := ix.varValue(v).(*types.Func)
			return f
		}
	}
	return nil
}

// callIn records a call of callee made by fn: an edge of the call graph,
// or a candidate.
func (ix *indexer) callIn(fn *funcNode, callee *types.Func, call *ast.CallExpr, cur inspector.Cursor) {
	if callee != nil && callee.Pkg() == ix.pass.Pkg {
		fn.calls = append(fn.calls, callee)
		_, async := cur.Parent().Node().(*ast.GoStmt)
		_, deferred := cur.Parent().Node().(*ast.DeferStmt)
		fn.sites = append(fn.sites, callSite{callee: callee, call: call, later: async || deferred})
	}
	// Functions of this package passed as values (go worker(), g.Go(s.run),
	// sort.Slice(x, less)) run too.
	for _, a := range call.Args {
		if f := ix.funcRef(a); f != nil {
			fn.calls = append(fn.calls, f)
		}
	}
	if ix.skip || callee == nil {
		return
	}
	if sig := callee.Signature(); sig.Recv() != nil && strings.HasPrefix(callee.Name(), "Proxy") && callee.Pkg() != nil &&
		strings.HasPrefix(callee.Pkg().Path(), "github.com/awslabs/aws-lambda-go-api-proxy/") {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			fn.proxies = append(fn.proxies, sel.X)
		}
	}
	c, seen := ix.ctorMap[callee]
	if !seen {
		c = classify(callee)
		if c == nil {
			c = classifyResource(callee)
		}
		if c == nil && !inModule(ix.pass, callee.Pkg()) {
			// A package of the module is summarised: its fact says what
			// a call does, and no fact means nothing worth reporting.
			c = classifyReturns(callee, ix.pass.Pkg)
		}
		if c == nil && ix.syms.extra[callee] {
			c = &ctor{kind: KindClient, what: "is listed in extra-constructors and runs again"}
		}
		ix.ctorMap[callee] = c
	}
	if c == nil {
		target, via := callee, (*types.Func)(nil)
		if impl := ix.soleImpl(callee); impl != nil {
			target, via = impl, callee // a call through an interface of the module
			if impl.Pkg() == ix.pass.Pkg {
				fn.calls = append(fn.calls, impl) // the region follows it
				return
			}
		}
		f, several := ix.factOf(target), false
		if f == nil {
			if first, common := ix.commonWork(callee); common != nil {
				target, via, f, several = first, callee, common, true
				f.Ctor = false // which one runs is decided at run time
			}
		}
		if f != nil {
			fn.cands = append(fn.cands, &candidate{node: call, cur: cur, kind: f.Work[0].Kind, fn: target, fact: f, via: via, several: several})
		}
		return
	}
	// session.Must(session.NewSession()) and template.Must(t.Parse(s))
	// are one finding each, on the outer call of the constructor's own
	// package.
	node, at := ast.Node(call), cur
	if parent, ok := cur.Parent().Node().(*ast.CallExpr); ok {
		if pf, _ := typeutil.Callee(ix.info, parent).(*types.Func); pf != nil && pf.Pkg() != nil &&
			pf.Pkg() == callee.Pkg() && pf.Name() == "Must" {
			node, at = parent, cur.Parent()
		}
	}
	fn.cands = append(fn.cands, &candidate{node: node, cur: at, kind: c.kind, what: c.what, fn: callee, opaque: c.opaque})
}

// funcRef returns the same-package function e refers to as a value.
func (ix *indexer) funcRef(e ast.Expr) *types.Func {
	id := identOf(ast.Unparen(e))
	if id == nil {
		return nil
	}
	f, _ := ix.info.Uses[id].(*types.Func)
	if f == nil || f.Pkg() != ix.pass.Pkg {
		return nil
	}
	return f.Origin()
}

func (ix *indexer) compositeLit(lit *ast.CompositeLit, cur inspector.Cursor) {
	fn, once := ix.current()
	if fn == nil || once || ix.skip || len(lit.Elts) == 0 {
		return
	}
	t := ix.info.TypeOf(lit)
	if named := inputType(t); named != nil {
		fn.cands = append(fn.cands, &candidate{node: lit, cur: cur, kind: KindParams})
	}
	if isNamedType(t, "net/http", "Transport") {
		fn.cands = append(fn.cands, &candidate{node: lit, cur: cur, kind: KindResource,
			what: "builds a new HTTP transport and connection pool", label: "http.Transport{…}"})
	}
}

func (ix *indexer) assignStmt(as *ast.AssignStmt) {
	opaque := as.Tok != token.ASSIGN && as.Tok != token.DEFINE
	for i, lhs := range as.Lhs {
		var rhs ast.Expr
		switch {
		case len(as.Rhs) == len(as.Lhs):
			rhs = as.Rhs[i]
		case len(as.Rhs) == 1:
			rhs = as.Rhs[0]
		}
		if id, ok := lhs.(*ast.Ident); ok && !opaque {
			if v := ix.varOf(id); v != nil {
				fn, _ := ix.current()
				ix.record(v, assignment{rhs: rhs, in: fn, pos: id.Pos()})
			}
			continue
		}
		ix.write(lhs)
	}
}

// write records that the variable at the root of e (x in x, x.f, x[i], *x)
// is written with an unknown value.
func (ix *indexer) write(e ast.Expr) { ix.writeAt(e, false) }

// writeAt is write, for an address taken when escapes is set.
func (ix *indexer) writeAt(e ast.Expr, escapes bool) {
	id := rootIdent(e)
	if id == nil {
		return
	}
	if v := ix.varOf(id); v != nil {
		fn, _ := ix.current()
		ix.record(v, assignment{opaque: true, escapes: escapes, in: fn, pos: e.Pos()})
	}
}

// inputToOperation reports whether &in hands a local operation input to an
// SDK operation or paginator, which reads it (or copies it): no write to
// record. Whether the SDK writes members of it is the params check's
// question (sdkWritesInto).
func (ix *indexer) inputToOperation(u *ast.UnaryExpr, cur inspector.Cursor) bool {
	if _, ok := ast.Unparen(u.X).(*ast.Ident); !ok || inputType(ix.info.TypeOf(u.X)) == nil {
		return false
	}
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	return ok && operationInput(ix.info, call, u)
}

func (ix *indexer) varOf(id *ast.Ident) *types.Var {
	if id.Name == "_" {
		return nil
	}
	if v, ok := ix.info.Defs[id].(*types.Var); ok {
		return v
	}
	v, _ := ix.info.Uses[id].(*types.Var)
	return v
}

func (ix *indexer) record(v *types.Var, a assignment) {
	if v.IsField() {
		return
	}
	a.test = ix.test
	ix.assigns[v] = append(ix.assigns[v], a)
	if v.Parent() == ix.syms.pkgScope && a.in != nil {
		ix.pkgWriters[v] = append(ix.pkgWriters[v], a)
	}
}

// lazyInit recognises lazy initialisation guarded by a nil check of a value
// that outlives the invocation, or by a flag that does, and marks the
// guarded code as run-once:
//
//	if client == nil { client = build() }
//	if h.client != nil { return h.client }; h.client = build()
//	if !ready { …; ready = true }
//	if done { return nil }; …; done = true
func (ix *indexer) lazyInit(s *ast.IfStmt, cur inspector.Cursor) {
	if ix.storeGuard(s, cur) {
		ix.pushOnce(s.Body.Pos(), s.Body.End())
		return
	}
	cond := ast.Unparen(s.Cond)
	// if db == nil || db.Ping() != nil { db = open() }: built again only
	// when the first disjunct's nil check or a health check says so.
	for {
		be, ok := cond.(*ast.BinaryExpr)
		if !ok || be.Op != token.LOR {
			break
		}
		cond = ast.Unparen(be.X)
	}
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT && ix.isBool(u.X) {
		if ix.persistent(u.X) && ix.assignsTo(s.Body.List, u.X) {
			ix.pushOnce(s.Body.Pos(), s.Body.End())
		}
		return
	}
	if rootIdent(cond) != nil && ix.isBool(cond) { // not err != nil: no type lookup for it
		if ix.persistent(cond) {
			ix.onceAfter(s, cur, cond)
		}
		return
	}
	be, ok := cond.(*ast.BinaryExpr)
	if !ok || (be.Op != token.EQL && be.Op != token.NEQ) {
		return
	}
	x := be.X
	if isNil(ix.info, x) {
		x = be.Y
	} else if !isNil(ix.info, be.Y) {
		return
	}
	if !ix.persistent(x) {
		return
	}
	if be.Op == token.EQL {
		if ix.assignsTo(s.Body.List, x) {
			ix.pushOnce(s.Body.Pos(), s.Body.End())
		}
		return
	}
	// if x != nil { return x }: the rest of the enclosing block runs once.
	ix.onceAfter(s, cur, x)
}

// storeGuard reports whether s is the check of a cache held in an
// atomic.Pointer, atomic.Value or sync.Map (or anything with Load and
// Store methods) of a package variable or the receiver:
//
//	c := ptr.Load()                       v, ok := cache.Load(k)
//	if c == nil {                         if !ok {
//		c = build(); ptr.Store(c)             v, _ = cache.LoadOrStore(k, build())
//	}                                     }
func (ix *indexer) storeGuard(s *ast.IfStmt, cur inspector.Cursor) bool {
	if _, ok := cur.Parent().Node().(*ast.BlockStmt); !ok {
		return false
	}
	var prev ast.Stmt
	if c, ok := cur.PrevSibling(); ok {
		prev, _ = c.Node().(ast.Stmt)
	}
	if s.Init != nil {
		prev = s.Init
	}
	as, ok := prev.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return false
	}
	load, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return false
	}
	lsel, ok := ast.Unparen(load.Fun).(*ast.SelectorExpr)
	if !ok || lsel.Sel.Name != "Load" || !ix.persistent(lsel.X) {
		return false
	}
	// The condition reads what the load gave.
	reads := false
	ast.Inspect(s.Cond, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			for _, l := range as.Lhs {
				if sameRef(ix.info, l, id) {
					reads = true
				}
			}
		}
		return !reads
	})
	if !reads {
		return false
	}
	stores := false
	ast.Inspect(s.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sameRef(ix.info, sel.X, lsel.X) {
				switch sel.Sel.Name {
				case "Store", "LoadOrStore", "CompareAndSwap", "Swap":
					stores = true
				}
			}
		}
		return !stores
	})
	return stores
}

// onceAfter marks the rest of the block after the guard s as run-once when
// s returns (if x != nil { return x }, if done { return }) and the rest
// sets x.
func (ix *indexer) onceAfter(s *ast.IfStmt, cur inspector.Cursor, x ast.Expr) {
	if n := len(s.Body.List); n == 0 || s.Else != nil {
		return
	} else if _, ok := s.Body.List[n-1].(*ast.ReturnStmt); !ok {
		return
	}
	block, ok := cur.Parent().Node().(*ast.BlockStmt)
	if !ok {
		return
	}
	var rest []ast.Stmt
	for i, st := range block.List {
		if st == s {
			rest = block.List[i+1:]
		}
	}
	if ix.assignsTo(rest, x) {
		ix.pushOnce(s.End(), block.End())
	}
}

// isBool reports whether e is a boolean variable or field (not a constant).
func (ix *indexer) isBool(e ast.Expr) bool {
	tv, ok := ix.info.Types[e]
	if !ok || tv.Type == nil || !tv.IsValue() || tv.Value != nil {
		return false
	}
	b, ok := tv.Type.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// persistent reports whether e names storage that outlives an invocation: a
// package-level variable, or a field reached from one or from a method
// receiver.
func (ix *indexer) persistent(e ast.Expr) bool {
	id := rootIdent(e)
	if id == nil {
		return false
	}
	v, _ := ix.info.Uses[id].(*types.Var)
	if v == nil {
		return false
	}
	if v.Parent() == ix.syms.pkgScope {
		return true
	}
	fn, _ := ix.current()
	for ; fn != nil; fn = fn.outer {
		if fn.decl != nil && fn.decl.Recv != nil {
			for _, f := range fn.decl.Recv.List {
				for _, n := range f.Names {
					if ix.info.Defs[n] == v {
						return true
					}
				}
			}
		}
	}
	return false
}

// assignsTo reports whether one of stmts (top level) assigns target.
func (ix *indexer) assignsTo(stmts []ast.Stmt, target ast.Expr) bool {
	for _, st := range stmts {
		as, ok := st.(*ast.AssignStmt)
		if !ok {
			continue
		}
		for _, l := range as.Lhs {
			if sameRef(ix.info, l, target) {
				return true
			}
		}
	}
	return false
}

// funcAround returns the function of the index around cur, or nil at
// package level.
func (ix *detection) funcAround(cur inspector.Cursor) *funcNode {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncLit:
			return ix.byLit[n]
		case *ast.FuncDecl:
			fn, _ := ix.pass.TypesInfo.Defs[n.Name].(*types.Func)
			return ix.decls[fn]
		}
	}
	return nil
}
