package detect

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// index is what detection reads of the package, gathered in one
// traversal with the shared inspector: built by buildIndex and never
// written after.
type index struct {
	Pass  *analysis.Pass
	Ins   *inspector.Inspector
	Funcs []*FuncNode                // in source order
	byLit map[*ast.FuncLit]*FuncNode // function literals
	Decls map[*types.Func]*FuncNode  // declared functions and methods
	regs  []*Registration
	// assigns records every value a variable is given; pkgWriters records,
	// for package-level variables, the functions that write them.
	Assigns    map[*types.Var][]Assignment
	PkgWriters map[*types.Var][]Assignment
	// cacheHits are the bodies of run-once guards that answer what the
	// state holds and return (if p := cfg.Load(); p != nil { return *p,
	// nil }): a cached answer, not a fallback (see fallback).
	cacheHits map[*ast.BlockStmt]bool
	// FuncFields are the values the package stores into each field of
	// function type of its own structs (a literal's element, an
	// assignment), outside tests.
	FuncFields map[*types.Var][]FieldStore
	// Handed are the calls each local pointer is handed to, which may
	// write through it (handedPointers).
	Handed map[*types.Var][]*ast.CallExpr
	// initCalls holds the functions called at package level or from init.
	InitCalls map[*types.Func]bool
	// envs are the calls that change the environment (see envWrites), and
	// fsWrites those that change files or the working directory.
	envs     []EnvWrite
	fsWrites []EnvWrite
	// dispatch is what each function records for the program's call
	// graph, pkgDispatch what the package-level code does (dispatch.go).
	dispatch    map[*FuncNode]*dispatchInfo
	pkgDispatch dispatchInfo
	Syms        *symbols
}

// Detection is the detection stage of one pass: the read-only index, the
// configuration, what its steps find (handlers, the region, the helpers
// whose calls move whole), each set once by detect before the next step
// reads it, and the caches of the questions the steps and planning ask.
type Detection struct {
	*index
	cfg *config.Config
	// found are the package's handlers.
	found []*Handler
	// inRegion marks the functions that run on every invocation, and
	// reachedBy the handler that reaches each first.
	inRegion  map[*FuncNode]bool
	reachedBy map[*FuncNode]*Handler
	// movedHelpers are the helpers whose calls move whole, and helperCallCands the
	// candidates of the functions that make those calls, the calls
	// included (moveHelperCalls).
	// mutatedTypes memoises typeMutated.
	mutatedTypes    map[*types.TypeName]bool
	movedHelpers    map[*FuncNode]bool
	helperCallCands map[*FuncNode][]*Candidate

	files FileFinder // the file set's files by name (facts.go)
	// idents are the identifiers of function bodies (see identsOf), in
	// arrays they share; identBuf is the array the next one goes to.
	idents       map[*FuncNode]code.Idents
	identBuf     code.Idents
	recvMemo     map[*types.Var]bool           // see recvWritten
	modTypes     *[]*types.TypeName            // see moduleTypes
	setupMemo    map[*FuncNode]bool            // see setupOnly
	helperMemo   map[*FuncNode]uint8           // see helperInvariant
	resultMemo   map[resultKey]resultDeps      // see resultDeps
	inPlace      map[*types.Var]ast.Expr       // see inPlaceArg
	fillMemo     map[*types.Var]InputFill      // see fillsInput
	freshMemo    map[*FuncNode]uint8           // see returnsFresh
	mutated      map[*types.Var]bool           // see recvMutated
	stateWriters map[*FuncNode]bool            // see writesState
	writerVars   map[*FuncNode][]string        // see writtenVars
	writesMemo2  map[*FuncNode]map[string]bool // see writtenVars
	readMemo     map[*FuncNode]uint8           // see returnedRead
	regionWrites map[string]bool               // see regionWritesState
	regionSame   map[string]bool               // of regionWrites, those only ever set to the same value
	sameMemo     map[string]uint8              // see sameWritten
	perCallRecv  map[*FuncNode]uint8           // see markPerCallRecv
	clearsMemo   map[*FuncNode]map[string]bool // see ClearsEachRun
	starterPkgs  map[*types.Package]bool       // see starterFact
	// regionCleared are the package variables the handlers clear on every
	// invocation, and clearedCands the guarded candidates of the region's
	// functions whose guard they clear (markCleared).
	regionCleared map[string]bool
	// handlerCleared is regionCleared by handler (clearedFor).
	handlerCleared map[*Handler]map[string]bool
	clearedCands   map[*FuncNode][]*Candidate
	summaries      *summariser
	readsMemo      map[*FuncNode]Reads         // see helperReads
	safeMemo       map[*types.TypeName]uint8   // see safeType
	writesMemo     map[*types.Named]bool       // see sdkWrites
	envsMemo       []EnvWrite                  // see envWrites
	dispatchMemo   map[*FuncNode]*dispatchInfo // see dispatchOf
	flowMemo       map[*FuncNode]*bodyFlow     // see flowOf
	prog           *program                    // see program
	// dispatchCands are the candidates of the region's functions with
	// those the program's dynamic calls add (dispatchRegion).
	dispatchCands map[*FuncNode][]*Candidate
}

// FuncNode is a function declaration or literal: a node of the
// same-package call graph.
type FuncNode struct {
	Decl  *ast.FuncDecl // nil for literals
	Lit   *ast.FuncLit  // nil for declarations
	cur   inspector.Cursor
	Outer *FuncNode // enclosing function of a literal
	calls []*types.Func
	sites []callSite  // the calls of calls, where they are direct
	lits  []*FuncNode // nested literals that run when this runs
	// varLits are the literals of lits held in package variables this
	// function calls (var newClient = func(cfg aws.Config) … ; newClient(cfg)),
	// with the call: their parameters are what it passes.
	varLits map[*FuncNode]*ast.CallExpr
	// proxies are the adapters this function forwards the event to
	// (return ginLambda.ProxyWithContext(ctx, req)): their routes run too.
	proxies []ast.Expr
	cands   []*Candidate
	// recvCands are the candidates on paths that run once per value of
	// the method's receiver (if s.client == nil { s.client = build() }):
	// per invocation when the receiver is built per invocation.
	recvCands []*Candidate
	// recvLits are the literals that run once per value of the method's
	// receiver (a sync.Once field of it).
	recvLits []*FuncNode
	// onceLit: a literal given to a run-once call (once.Do(func() {…})
	// on a Once that outlives the call): what it assigns is assigned once.
	onceLit bool
	// guardCands are the candidates on paths that a guard on package
	// variables runs once (if tmpl == nil { tmpl = parse() }): per
	// invocation when each invocation clears the variables (Guard).
	guardCands []*Candidate
	// extSites and dynSites are the calls, made on every run, of other
	// packages' functions and through interfaces and function values
	// (dispatch.go).
	extSites []extSite
	dynSites []dynSite
	// asideSites are the calls of functions of this package on paths
	// run once per receiver value or behind a guard (recvCands,
	// guardCands): what the callee does runs as those paths do.
	asideSites []asideSite
	directive  bool             // marked //lambdainit:handler
	sig        *types.Signature // of a declaration; nil for literals and when the type checker failed
}

// IdentsOf returns the identifiers of f's body, listed once for every
// plan of f and its fix. The lists share large arrays (code.AppendIdents).
func (ix *Detection) IdentsOf(f *FuncNode) code.Idents {
	ids, ok := ix.idents[f]
	if !ok {
		// About one identifier per eight bytes of source: a body that
		// may not fit what is left starts a new array.
		if est := int(f.Body().End()-f.Body().Pos()) / 8; cap(ix.identBuf)-len(ix.identBuf) < est {
			ix.identBuf = make(code.Idents, 0, max(4096, est))
		}
		ix.identBuf, ids = code.AppendIdents(ix.identBuf, ix.Pass.TypesInfo, f.Body())
		ix.idents[f] = ids
	}
	return ids
}

// Node returns the declaration or the literal.
func (f *FuncNode) Node() ast.Node {
	if f.Decl != nil {
		return f.Decl
	}
	return f.Lit
}

// Body returns the function's body.
func (f *FuncNode) Body() *ast.BlockStmt {
	if f.Decl != nil {
		return f.Decl.Body
	}
	return f.Lit.Body
}

// FuncType returns the function's signature as written.
func (f *FuncNode) FuncType() *ast.FuncType {
	if f.Decl != nil {
		return f.Decl.Type
	}
	return f.Lit.Type
}

// Name is how messages refer to the function.
func (f *FuncNode) Name() string {
	if f.Decl == nil {
		if f.Outer != nil {
			return "a function literal in " + f.Outer.Name()
		}
		if vs, ok := f.cur.Parent().Node().(*ast.ValueSpec); ok && len(vs.Names) == len(vs.Values) {
			for i, v := range vs.Values {
				if v == f.Lit {
					return "the function literal of " + vs.Names[i].Name
				}
			}
		}
		return "a function literal"
	}
	if f.Decl.Recv != nil && len(f.Decl.Recv.List) == 1 {
		return code.RecvTypeName(f.Decl.Recv.List[0].Type) + "." + f.Decl.Name.Name
	}
	return f.Decl.Name.Name
}

// IsNamed reports whether f is the package-level function called name.
func (f *FuncNode) IsNamed(name string) bool {
	return f != nil && f.Decl != nil && f.Decl.Recv == nil && f.Decl.Name.Name == name
}

// callSite is a direct call of a function of this package.
// asideSite is a call on a path kept aside: per receiver value (recv,
// with the receiver's fields its guard reads), or behind a guard on
// package variables.
type asideSite struct {
	site     callSite
	recv     bool
	shared   bool
	guard    []*types.Var
	keyParam int
}

type callSite struct {
	callee *types.Func
	call   *ast.CallExpr
	later  bool // go f() or defer f(): it runs after the caller goes on
	// iface: a call through an interface only callee can implement
	// (closedIface), not a call to move as a helper's.
	iface bool
}

// Assignment is one value given to a variable. opaque means the value is
// unknown: a range variable, an address taken, an op-assignment, a field
// or element written.
type Assignment struct {
	rhs    ast.Expr
	Opaque bool
	// elem: the variable takes the elements of rhs, one after the other
	// (a range over it).
	elem bool
	// zero: the variable is declared with its zero value (var m memo).
	zero bool
	// Through is the value an Opaque assignment gives a field of the
	// variable (b.region = r), when that is all it does. Conds are the
	// conditions that decide whether the assignment runs (controlConds):
	// the value is the same on every run only when they are too.
	Through ast.Expr
	Conds   []ast.Expr
	// escapes marks an address taken (flag.StringVar(&v, …)): whoever
	// holds it may write the variable at any later time.
	Escapes bool
	// Returned marks an address a function returns (return &warm):
	// written only when a caller writes through what it gets
	// (Detection.returnedRead).
	Returned bool
	// test marks a write in a _test.go file: it does not run in
	// production, but the code reading the variable must run after it.
	Test bool
	// configure is the configurer call the address is handed to
	// (otelaws.AppendMiddlewares(&cfg.APIOptions)): it writes the same on
	// every invocation when its other arguments are (configure.go).
	Configure *ast.CallExpr
	// envLoad is the env-config loader the address is handed to
	// (envconfig.Process("", &spec)): it fills the variable from the
	// environment, the same on every invocation when the handler does not
	// change the environment and its other arguments are the same.
	envLoad *ast.CallExpr
	// setup is the value a statement of its own at the top of a function
	// body, or in an if there that does nothing else, gives a field of the
	// variable (cfg.Region = "eu-west-1"): the same on every run when
	// setup is, and the if's condition (configure.go).
	Setup ast.Expr
	// setupIf is the if whose body holds the set-up, when it is
	// conditional (condSetup).
	setupIf *ast.IfStmt
	In      *FuncNode // nil at package level
	Pos     token.Pos // where the value is given
	// Field is the path of fields written (code.FieldPath): "cfg" for
	// shared.cfg = c; "" when the write is of the whole variable.
	Field string
	// Once marks a write on a run-once path (a cache filled once).
	Once bool
	// result is, for a variable given one of the results of a call
	// (cfg, awsCfg, err := a.settings(ctx)), that result's index plus
	// one: it is judged alone (tupleResult).
	result int
}

// EnvLoader is the env-config loader call that fills the variable
// (envconfig.Process("", &spec)), or nil.
func (a Assignment) EnvLoader() *ast.CallExpr { return a.envLoad }

// setsField reports whether the assignment gives a field of the variable
// a value (a set-up, a configurer, b.region = r) rather than the variable
// a new value.
func (a Assignment) setsField() bool {
	return a.Setup != nil || a.Configure != nil || a.Through != nil
}

// Registration is a call that registers a handler.
type Registration struct {
	Call  *ast.CallExpr
	entry catalogue.EntryPoint
	Fn    *types.Func
	In    *FuncNode
	cur   inspector.Cursor
	// result: the handler is what the argument returns when called (a
	// starter of another package that calls the factory it is given,
	// WorkFact.Starts); method: it is that method of the argument
	// (WorkFact.StartsMethod).
	result bool
	method string
}

// Candidate is an expensive construction or input literal, before the
// region and invariance checks decide whether it is a finding.
type Candidate struct {
	Node ast.Node // *ast.CallExpr or *ast.CompositeLit
	cur  inspector.Cursor
	Kind config.Kind
	What string      // for calls: what the constructor rebuilds
	Fn   *types.Func // for calls: the constructor
	// label names a literal resource in messages ("http.Transport{…}").
	label string
	// opaque marks a call into another package that returns a client:
	// what it does inside is not seen.
	Opaque bool
	// fact is the summary of a function of another package of the module
	// that does Init work (see facts.go).
	Fact *WorkFact
	// via is, for a call through an interface, the interface method; fn
	// is then its one implementation, or the first of several that all do
	// the work (several).
	Via     *types.Func
	Several bool
	// Alt is the candidate to report instead when this one varies: the
	// transport of a client literal with a per-request field.
	Alt *Candidate
	// FuncValue names the function value a call of this package's
	// functions goes through (newCounter, set to newLambdaCounter or
	// newLocalCounter), for messages.
	FuncValue string
	// Dispatched marks a call whose work the program's dynamic calls
	// reach in other packages (program.go): it is reported at the call,
	// named by label, with no fix.
	Dispatched bool
	// Guard are the package variables whose guard keeps the candidate to
	// one run, reported because every invocation clears them; for a
	// candidate kept per receiver value (recvCands), the receiver's fields
	// the guard reads. KeyParam: the guard looks its state up by that
	// parameter (index plus one).
	Guard []*types.Var
	// SharedGuard: a recv guard reading state behind a reference the
	// receiver holds (frame.shared).
	SharedGuard bool
	KeyParam    int
}

// Input reports whether the candidate is an operation input literal of
// this package. A call of another package's function whose work is such
// inputs has their kind, and is a call.
func (c *Candidate) Input() bool { return c.Kind == config.KindParams && c.Fact == nil }

// Name is how messages and fix titles name the candidate.
func (c *Candidate) Name(info *types.Info) string {
	switch {
	case c.label != "":
		return c.label
	case c.Input():
		named := catalogue.InputType(info.TypeOf(c.Node.(ast.Expr)))
		return named.Obj().Pkg().Name() + "." + named.Obj().Name()
	}
	return code.Label(c.Fn)
}

// symbols are the objects looked up once per pass.
type symbols struct {
	entries  map[*types.Func]catalogue.EntryPoint
	Extra    map[*types.Func]bool // extra-constructors
	onceDo   *types.Func
	onceFns  map[*types.Func]bool // sync.OnceFunc, OnceValue, OnceValues
	PkgScope *types.Scope
}

func lookupSymbols(pass *analysis.Pass, cfg *config.Config) *symbols {
	s := &symbols{entries: map[*types.Func]catalogue.EntryPoint{}, Extra: map[*types.Func]bool{}, onceFns: map[*types.Func]bool{}, PkgScope: pass.Pkg.Scope()}
	imports := map[string]*types.Package{}
	for _, imp := range pass.Pkg.Imports() {
		imports[imp.Path()] = imp
	}
	for _, spec := range cfg.ExtraRegistrations {
		f, arg, _ := config.ParseRegistration(spec)
		if fn := f.Lookup(imports); fn != nil {
			s.entries[fn] = catalogue.EntryPoint{Pkg: fn.Pkg().Path(), Name: fn.Name(), Arg: arg}
		}
	}
	for _, spec := range cfg.ExtraConstructors {
		f, _ := config.ParseFuncSpec(spec)
		if fn := f.Lookup(imports); fn != nil {
			s.Extra[fn] = true
		}
	}
	for _, imp := range pass.Pkg.Imports() {
		for _, e := range catalogue.EntryPoints {
			if imp.Path() == e.Pkg {
				if fn, ok := imp.Scope().Lookup(e.Name).(*types.Func); ok {
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
	fn       *FuncNode // nil for a run-once range
	// recv: the range runs once per value of the method's receiver (a
	// guard on its fields), so per invocation when the receiver is
	// built per invocation.
	recv bool
	// guard: the range runs once until these package variables, which
	// its guard reads, are cleared; fields: until these fields of the
	// receiver are (a recv range).
	guard, fields []*types.Var
	// shared: a recv range whose guard reads state behind a reference
	// the receiver holds (c.h.client, h a pointer): copies of the
	// receiver share it.
	shared bool
	// keyParam: the guard looks its state up by this parameter of the
	// function (index plus one).
	keyParam int
}

type indexer struct {
	*Detection
	info  *types.Info
	stack []frame
	// guard is why the run-once ranges being pushed run once (lazyInit,
	// a sync.Once): the frame fields recv, guard, fields and keyParam
	// that pushOnce gives them.
	guard   frame
	skip    bool // the current file is generated or a test
	test    bool // the current file is a test
	pos     token.Pos
	ctorMap map[*types.Func]*catalogue.Ctor
	// emptyInputs wait for the field sets that make them inputs built in
	// steps (fieldSetInputs).
	emptyInputs []emptyInput
	// varCalls are calls of package variables, resolved at the end.
	varCalls []varCall
	// poolGets are the Get calls on package-level sync.Pools
	// (resolvePoolGets).
	poolGets []varCall
	// declSyntax finds a function's declaration before the traversal
	// reaches it (see writtenBy).
	declSyntax map[types.Object]*ast.FuncDecl
}

func buildIndex(pass *analysis.Pass, ins *inspector.Inspector, syms *symbols, cfg *config.Config) *Detection {
	ix := &indexer{Detection: &Detection{
		index: &index{
			Pass:       pass,
			Ins:        ins,
			byLit:      map[*ast.FuncLit]*FuncNode{},
			Decls:      map[*types.Func]*FuncNode{},
			Assigns:    map[*types.Var][]Assignment{},
			PkgWriters: map[*types.Var][]Assignment{},
			InitCalls:  map[*types.Func]bool{},
			dispatch:   map[*FuncNode]*dispatchInfo{},
			Syms:       syms,
		},
		cfg:    cfg,
		files:  FileFinder{fset: pass.Fset},
		idents: map[*FuncNode]code.Idents{},
	},
		info:    pass.TypesInfo,
		ctorMap: map[*types.Func]*catalogue.Ctor{},
	}
	filter := []ast.Node{
		(*ast.File)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil), (*ast.CallExpr)(nil),
		(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.ValueSpec)(nil),
		(*ast.RangeStmt)(nil), (*ast.IncDecStmt)(nil), (*ast.UnaryExpr)(nil), (*ast.IfStmt)(nil), (*ast.SelectStmt)(nil),
		(*ast.ReturnStmt)(nil), (*ast.TypeSwitchStmt)(nil),
	}
	for cur := range ins.Root().Preorder(filter...) {
		n := cur.Node()
		if f, ok := n.(*ast.File); ok {
			ix.stack = ix.stack[:0]
			name := code.SourceName(pass, f)
			ix.test = strings.HasSuffix(name, "_test.go")
			ix.skip = ix.test || code.Generated(pass, f)
			continue
		}
		ix.popTo(n.Pos())
		switch n := n.(type) {
		case *ast.FuncDecl:
			fn := &FuncNode{Decl: n, cur: cur, directive: code.HasDirective(n.Doc, "lambdainit:handler")}
			if obj, ok := ix.info.Defs[n.Name].(*types.Func); ok {
				ix.Decls[obj] = fn
				fn.sig, _ = obj.Type().(*types.Signature)
			}
			ix.Funcs = append(ix.Funcs, fn)
			ix.stack = append(ix.stack, frame{pos: n.Pos(), end: n.End(), fn: fn})
		case *ast.FuncLit:
			outer, once := ix.current()
			// A literal a run-once literal runs there and then (go
			// func() {…}(), g.Go(func() error {…})) runs once too.
			once = once || outer != nil && outer.onceLit && runsNow(ix.info, cur)
			fn := &FuncNode{Lit: n, cur: cur, Outer: outer, onceLit: once}
			if outer != nil && !once {
				outer.lits = append(outer.lits, fn)
			} else if outer != nil {
				if recv, _, _, _ := ix.onceRanges(); recv {
					// l.once.Do(func() { … }) with the Once a field of
					// the receiver: it runs once per receiver value.
					outer.recvLits = append(outer.recvLits, fn)
				}
			}
			ix.byLit[n] = fn
			ix.Funcs = append(ix.Funcs, fn)
			ix.stack = append(ix.stack, frame{pos: n.Pos(), end: n.End(), fn: fn})
		case *ast.CallExpr:
			ix.call(n, cur)
		case *ast.CompositeLit:
			ix.compositeLit(n, cur)
		case *ast.AssignStmt:
			ix.assignStmt(n, cur)
			if v, rhs := FieldSetup(ix.info, n); v != nil && len(ix.Assigns[v]) > 0 {
				// cfg.Region = "eu-west-1" at the top of a function body,
				// or in an if there that does nothing else: a set-up,
				// the same on every run when rhs (and the if's
				// condition) is.
				a := &ix.Assigns[v][len(ix.Assigns[v])-1]
				if isBodyStmt(cur) {
					a.Setup = rhs
				} else if is, ok := cur.Parent().Parent().Node().(*ast.IfStmt); ok && isBodyStmt(cur.Parent().Parent()) {
					if CondSetup(ix.info, is) == v {
						a.Setup, a.setupIf = rhs, is
					}
				}
			}
		case *ast.ValueSpec:
			fn, _ := ix.current()
			if len(n.Names) == len(n.Values) {
				for i, name := range n.Names {
					ix.recordAssign(name, n.Values[i])
				}
			}
			if len(n.Values) == 0 && n.Type != nil && !ix.test {
				// var e OrderPlaced: a value of the type, which the
				// program may convert to an interface (RTA's makes).
				if t := ix.info.TypeOf(n.Type); t != nil {
					if _, ptr := t.Underlying().(*types.Pointer); !ptr {
						ix.recordMake(ix.dispatchFor(fn), t)
					}
				}
			}
			for i, name := range n.Names {
				v, _ := ix.info.Defs[name].(*types.Var)
				if v == nil {
					continue
				}
				switch {
				case len(n.Values) == len(n.Names):
					ix.record(v, Assignment{rhs: n.Values[i], In: fn, Pos: name.Pos()})
				case len(n.Values) == 1:
					ix.record(v, Assignment{rhs: n.Values[0], In: fn, Pos: name.Pos()})
				default:
					ix.record(v, Assignment{In: fn, Pos: name.Pos(), zero: true})
				}
			}
		case *ast.RangeStmt:
			for _, e := range []ast.Expr{n.Key, n.Value} {
				if e != nil {
					ix.rangeVar(n, e)
				}
			}
		case *ast.TypeSwitchStmt:
			ix.typeSwitchVars(n)
		case *ast.IncDecStmt:
			ix.write(n.X)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if _, lit := ast.Unparen(n.X).(*ast.CompositeLit); !lit && !ix.inputToOperation(n, cur) && !ix.storedBySync(cur) && !inputField(ix.info, cur) && !ix.handedToValue(n, cur) {
					_, ret := cur.Parent().Node().(*ast.ReturnStmt)
					ix.writeAs(n.X, Assignment{Escapes: true, Returned: ret})
					if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && len(call.Args) > 0 && call.Args[0] == ast.Expr(n) && isConfigurer(ix.info, call) {
						if id := code.RootIdent(n.X); id != nil {
							if v := ix.varOf(id); v != nil && len(ix.Assigns[v]) > 0 {
								ix.Assigns[v][len(ix.Assigns[v])-1].Configure = call
							}
						}
					}
					if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && isEnvLoader(ix.info, call) {
						if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
							if v := ix.varOf(id); v != nil && len(ix.Assigns[v]) > 0 {
								ix.Assigns[v][len(ix.Assigns[v])-1].envLoad = call
							}
						}
					}
				}
			}
		case *ast.IfStmt:
			ix.lazyInit(n, cur)
		case *ast.SelectStmt:
			ix.selectGuard(n, cur)
		case *ast.ReturnStmt:
			ix.recordReturn(n)
		}
	}
	ix.resolveVarCalls()
	ix.resolvePoolGets()
	ix.fieldSetInputs()
	ix.resolveFileKeys()
	ix.localServers()
	return ix.Detection
}

// resolveFileKeys gives a file write named by a local (out :=
// "/tmp/thumbs/" + base; os.WriteFile(out, …)) the key of the one value
// the local is ever given.
func (ix *indexer) resolveFileKeys() {
	for i, w := range ix.fsWrites {
		if w.nameVar == nil {
			continue
		}
		if as := ix.Assigns[w.nameVar]; len(as) == 1 && !as[0].Opaque && !as[0].elem && as[0].rhs != nil {
			ix.fsWrites[i].key = fileNameKey(ix.info, as[0].rhs)
		}
	}
}

// onceOutlives reports whether the Once of a call of once.Do, sync.OnceFunc,
// sync.OnceValue or sync.OnceValues outlives the function making the call:
// made at package level, or, for Do, a Once that is not a local of the
// function (a package variable, a field of the receiver or of a value made
// elsewhere).
func (ix *indexer) onceOutlives(fn *FuncNode, callee *types.Func, call *ast.CallExpr) bool {
	if fn == nil {
		return true
	}
	if callee != ix.Syms.onceDo {
		// sync.OnceValue(f) inside a function: a new Once per run; in
		// main or init, which run once, the one Once of the program.
		return fn.Lit == nil && (fn.IsNamed("main") && ix.Pass.Pkg.Name() == "main" || fn.IsNamed("init"))
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return true
	}
	id := code.RootIdent(sel.X)
	if id == nil {
		return true
	}
	v, _ := ix.info.Uses[id].(*types.Var)
	if v == nil || v.Parent() == ix.Syms.PkgScope {
		return true
	}
	// A local of the function (or of one around it) declared in its body:
	// var once sync.Once, or a struct holding one made there.
	outer := fn
	for outer.Outer != nil {
		outer = outer.Outer
	}
	body := outer.Body()
	if body == nil || v.Pos() < body.Pos() || v.Pos() >= body.End() {
		return true // a parameter or receiver: made by the caller
	}
	return false
}

// onceOnRecv reports whether the Once of a call of once.Do is a field of
// the method's receiver (l.once.Do(…)).
func (ix *indexer) onceOnRecv(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := ix.stateOf(sel.X).(*types.Var)
	return ok && v.IsField()
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
func (ix *indexer) current() (fn *FuncNode, once bool) {
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

// runsNow reports whether the function literal at cur runs where it is
// written: called in place (func() {…}(), go func() {…}()), or handed to
// the Go method of an errgroup.Group or a sync.WaitGroup.
func runsNow(info *types.Info, cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	if call.Fun == cur.Node() {
		return true
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Name() != "Go" || fn.Signature().Recv() == nil {
		return false
	}
	t := derefType(fn.Signature().Recv().Type())
	return code.IsNamedType(t, "golang.org/x/sync/errgroup", "Group") || code.IsNamedType(t, "sync", "WaitGroup")
}

// outermost returns the function of the stack that no other function
// holds: a declaration, or a literal at package level.
func (ix *indexer) outermost() *FuncNode {
	for _, f := range ix.stack {
		if f.fn != nil && ix.pos >= f.pos && ix.pos < f.end {
			return f.fn
		}
	}
	return nil
}

func (ix *indexer) pushOnce(pos, end token.Pos) {
	f := ix.guard
	f.pos, f.end = pos, end
	ix.stack = append(ix.stack, f)
}

// onceRanges says why the current position, inside a run-once range of
// its function, runs once: recv when every such range runs once per
// receiver value; guard when there is one, guarded by package variables
// (those variables).
func (ix *indexer) onceRanges() (recv bool, guard, fields []*types.Var, keyParam int) {
	recv, guard, fields, keyParam, _ = ix.onceRangesShared()
	return
}

// onceRangesShared is onceRanges, and whether a recv range's guard reads
// state copies of the receiver share (frame.shared).
func (ix *indexer) onceRangesShared() (recv bool, guard, fields []*types.Var, keyParam int, shared bool) {
	n, unguarded := 0, false
	recv = true
	for i := len(ix.stack) - 1; i >= 0; i-- {
		f := ix.stack[i]
		if ix.pos < f.pos || ix.pos >= f.end {
			continue
		}
		if f.fn != nil {
			break
		}
		n++
		recv = recv && f.recv
		// Nested ranges (a double-checked lock: if c != nil { return }
		// then if ddb == nil { … }): the path runs when every guard
		// lets it, so it is kept behind all their state.
		unguarded = unguarded || f.guard == nil && !f.recv
		guard, fields = append(guard, f.guard...), append(fields, f.fields...)
		keyParam, shared = f.keyParam, shared || f.shared
	}
	if n != 1 {
		keyParam = 0
	}
	if unguarded || !recv && len(fields) > 0 {
		// A range run once for good (once.Do), or guards of both kinds:
		// kept, whatever is cleared.
		guard = nil
	}
	return recv && n > 0, guard, fields, keyParam, shared
}

// aside runs add, which adds candidates to fn, and gives what it adds to
// keep instead: the candidates of a path that runs once per receiver
// value, or until its guard's state is cleared. The calls add records
// are not followed.
func (ix *indexer) aside(fn *FuncNode, add func(), keep func([]*Candidate, []callSite)) {
	cands, calls, sites := fn.cands, len(fn.calls), len(fn.sites)
	fn.cands = nil
	add()
	keep(fn.cands, fn.sites[sites:])
	fn.cands, fn.calls, fn.sites = cands, fn.calls[:calls], fn.sites[:sites]
}

// keepAside returns what aside keeps for the current path of fn, by what
// onceRanges says; nil when the path's candidates need not be kept.
func (ix *indexer) keepAside(fn *FuncNode) func([]*Candidate, []callSite) {
	recv, guard, fields, keyParam, shared := ix.onceRangesShared()
	switch {
	case recv:
		return func(cs []*Candidate, sites []callSite) {
			for _, c := range cs {
				c.Guard, c.SharedGuard = fields, shared // the receiver's fields its guard reads
			}
			fn.recvCands = append(fn.recvCands, cs...)
			for _, st := range sites {
				fn.asideSites = append(fn.asideSites, asideSite{site: st, recv: true, guard: fields, shared: shared})
			}
		}
	case guard != nil:
		return func(cs []*Candidate, sites []callSite) {
			for _, c := range cs {
				c.Guard, c.KeyParam = guard, keyParam
			}
			fn.guardCands = append(fn.guardCands, cs...)
			for _, st := range sites {
				fn.asideSites = append(fn.asideSites, asideSite{site: st, guard: guard, keyParam: keyParam})
			}
		}
	}
	return nil
}

func (ix *indexer) call(call *ast.CallExpr, cur inspector.Cursor) {
	fn, once := ix.current()
	callee, _ := typeutil.Callee(ix.info, call).(*types.Func)
	if callee != nil {
		callee = callee.Origin()
	}
	ix.handedPointers(callee, call)
	if isSyncWriter(callee) {
		// pool.Store(c), cache.LoadOrStore(k, v): a write of the variable
		// it is called on, once when the path is run-once.
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			ix.write(sel.X)
		}
	}
	if callee != nil && (callee == ix.Syms.onceDo || ix.Syms.onceFns[callee]) {
		// What a Once runs, runs once for each Once: one made at package
		// level, or kept in state that outlives the call, runs it once per
		// execution environment; one a function makes runs it each time
		// the function runs (its literal then runs with the function, in
		// the region when the function is).
		if ix.onceOutlives(fn, callee, call) {
			// A Once held by the receiver runs what it is given once per
			// receiver value.
			ix.guard = frame{recv: callee == ix.Syms.onceDo && ix.onceOnRecv(call)}
			for _, a := range call.Args {
				ix.pushOnce(a.Pos(), a.End())
			}
			ix.guard = frame{}
		}
		return
	}
	if once && ix.storesArgs(callee, call) {
		// cache.Set(k, v) on a guarded path: the guard keeps what the
		// writer is given, built once; what the writer does itself runs
		// each time the path does (a cache of data keyed by the request,
		// whose Set dials Redis).
		once = false
	}
	ix.recordCall(fn, once, callee, call, cur)
	ix.onceArgs(callee, call)
	ix.filledThrough(fn, callee, call)
	if catalogue.IsBuilder(callee) && callee.Type().(*types.Signature).Recv() != nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			ix.write(sel.X) // a builder method may change its receiver
		}
	}
	// A registration in a generated file counts (its findings would not).
	if e, ok := ix.Syms.entries[callee]; ok && !ix.test {
		ix.regs = append(ix.regs, &Registration{Call: call, entry: e, Fn: callee, In: fn, cur: cur})
	} else if f := ix.starterFact(callee); f != nil && !ix.test {
		// platform.Start(h): a function of another package of the module
		// that registers what it is given.
		e := catalogue.EntryPoint{Pkg: callee.Pkg().Path(), Name: callee.Name(), Arg: f.Starts - 1}
		ix.regs = append(ix.regs, &Registration{Call: call, entry: e, Fn: callee, In: fn, cur: cur, result: f.StartsResult, method: f.StartsMethod})
	}
	if callee != nil && callee.Pkg() == ix.Pass.Pkg && (fn == nil || fn.IsNamed("init")) {
		ix.InitCalls[callee] = true
	}
	if keys, ok := ix.envKeysElsewhere(callee, call); fn != nil && ok {
		// tenant.Activate(t), which sets TENANT_BUCKET: the variables its
		// fact names ("" when not known).
		for _, k := range keys {
			ix.envs = append(ix.envs, EnvWrite{Pos: call.Pos(), In: ix.outermost(), key: k})
		}
	} else if fn != nil && isEnvWrite(callee) {
		w := EnvWrite{Pos: call.Pos(), In: ix.outermost()}
		if len(call.Args) > 0 {
			if tv, ok := ix.info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				w.key = constant.StringVal(tv.Value)
			} else if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && w.In != nil && w.In.Decl != nil {
				if i, ok := ix.paramIndex(w.In)[ix.varOf(id)]; ok && i >= 0 {
					w.keyParam = i + 1
				}
			}
		}
		if len(call.Args) == 2 {
			if tv, ok := ix.info.Types[call.Args[1]]; ok && tv.Value != nil {
				w.same = true
			}
		}
		ix.envs = append(ix.envs, w)
	}
	if fn != nil && isFSWrite(callee) {
		w := EnvWrite{Pos: call.Pos(), In: ix.outermost(), key: fileWritten(ix.info, call, callee)}
		if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && w.key == "" && callee.Name() != "Rename" {
			if v := ix.varOf(id); v != nil && v.Parent() != ix.Syms.PkgScope {
				w.nameVar = v
			}
		}
		ix.fsWrites = append(ix.fsWrites, w)
	}
	if fn != nil && once && !ix.skip {
		// Kept aside: the candidates only, the calls not followed.
		if keep := ix.keepAside(fn); keep != nil {
			ix.aside(fn, func() { ix.callIn(fn, callee, call, cur) }, keep)
		}
		return
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
		if id := code.IdentOf(fun); id != nil {
			if v, ok := ix.info.Uses[id].(*types.Var); ok && v.Parent() == ix.Syms.PkgScope {
				ix.varCalls = append(ix.varCalls, varCall{fn: fn, call: call, cur: cur, v: v, table: table})
			}
		}
	}
	ix.callIn(fn, callee, call, cur)
}

// envKeysElsewhere reports whether callee, a function of another package
// of the module, changes the environment (tenantenv.Apply(t)), and the
// variables it sets, by its fact ("" for one it does not know).
func (ix *indexer) envKeysElsewhere(callee *types.Func, call *ast.CallExpr) ([]string, bool) {
	if callee == nil || callee.Pkg() == ix.Pass.Pkg || ix.Pass.ImportObjectFact == nil || !inModule(ix.Pass, callee.Pkg()) {
		return nil, false
	}
	var f WorkFact
	if !ix.Pass.ImportObjectFact(callee.Origin(), &f) || !f.WritesEnv {
		return nil, false
	}
	var keys []string
	for _, k := range f.WritesVars {
		if key, ok := strings.CutPrefix(k, envWritten); ok && (key != "" || f.EnvKeyParam == 0) {
			keys = append(keys, key)
		}
	}
	if p := f.EnvKeyParam - 1; p >= 0 {
		// envx.Override("LOG_LEVEL", v): the name this call passes.
		key := ""
		if p < len(call.Args) {
			if tv, ok := ix.info.Types[call.Args[p]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				key = constant.StringVal(tv.Value)
			}
		}
		keys = append(keys, key)
	}
	if len(keys) == 0 {
		keys = []string{""} // which variables is not known
	}
	return keys, true
}

// storesArgs reports whether call is a writer method (Set, Store, Put…)
// of the module's code called on persistent state: it stores its
// arguments.
func (ix *indexer) storesArgs(callee *types.Func, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	return ok && callee != nil && stateWriters[sel.Sel.Name] && ix.inModulePkg(callee.Pkg()) && ix.stateOf(sel.X) != nil
}

// varCall is a call of a package variable holding a function.
type varCall struct {
	fn   *FuncNode
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
				if _, twice := vc.fn.varLits[lit]; twice {
					vc.fn.varLits[lit] = nil // called more than once: not one set of arguments
				} else {
					if vc.fn.varLits == nil {
						vc.fn.varLits = map[*FuncNode]*ast.CallExpr{}
					}
					vc.fn.varLits[lit] = vc.call
				}
			}
		case *types.Func:
			ix.callIn(vc.fn, rhs.Origin(), vc.call, vc.cur)
			// var start = lambda.Start; start(h) (a test swaps it): a
			// registration, as the call of what production assigns.
			if e, ok := ix.Syms.entries[rhs.Origin()]; ok && !ix.test {
				ix.regs = append(ix.regs, &Registration{Call: vc.call, entry: e, Fn: rhs.Origin(), In: vc.fn, cur: vc.cur})
			}
		}
	}
}

// isPoolMethod reports whether f is a method of sync.Pool.
func isPoolMethod(f *types.Func) bool {
	recv := f.Signature().Recv()
	if recv == nil {
		return false
	}
	named := namedOf(recv.Type())
	return named != nil && named.Obj().Name() == "Pool"
}

// poolGet records a Get on a package-level sync.Pool.
func (ix *indexer) poolGet(fn *FuncNode, call *ast.CallExpr, cur inspector.Cursor) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || fn == nil || ix.test {
		return
	}
	if v := ix.pkgVarOf(sel.X); v != nil {
		ix.poolGets = append(ix.poolGets, varCall{fn: fn, call: call, cur: cur, v: v})
	}
}

// resolvePoolGets makes the New function of a package-level sync.Pool
// run where its Get is called, when nothing is ever put back into the
// pool: Get then finds it empty and calls New every time.
func (ix *indexer) resolvePoolGets() {
	for _, g := range ix.poolGets {
		// Its declaration the one write: a Put is one too (isSyncWriter),
		// and a pool put back into calls New only when it is empty, which
		// the GC decides.
		as := ix.Assigns[g.v]
		if len(as) != 1 || as[0].In != nil || as[0].Opaque {
			continue
		}
		rhs := ast.Unparen(as[0].rhs)
		if u, ok := rhs.(*ast.UnaryExpr); ok && u.Op == token.AND {
			rhs = ast.Unparen(u.X)
		}
		lit, ok := rhs.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if k, isID := kv.Key.(*ast.Ident); !isID || k.Name != "New" {
				continue
			}
			switch e := ast.Unparen(kv.Value).(type) {
			case *ast.FuncLit:
				if l := ix.byLit[e]; l != nil {
					g.fn.lits = append(g.fn.lits, l)
				}
			default:
				if f := ix.funcRef(e); f != nil {
					ix.callIn(g.fn, f, g.call, g.cur)
				}
			}
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
func (ix *Detection) tableOf(v *types.Var) []ast.Expr {
	var lit *ast.CompositeLit
	for _, a := range ix.Assigns[v] {
		if a.Test {
			continue
		}
		l, ok := ast.Unparen(a.rhs).(*ast.CompositeLit)
		if lit != nil || a.Opaque || !ok {
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
func (ix *Detection) varValue(v *types.Var) any {
	var only *Assignment
	for i, a := range ix.Assigns[v] {
		if a.Test {
			continue
		}
		if only != nil || a.Opaque || a.rhs == nil {
			return nil
		}
		only = &ix.Assigns[v][i]
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
	if f, ok := ix.Pass.TypesInfo.Uses[id].(*types.Func); ok && id != nil {
		return f
	}
	return nil
}

// FuncOf returns the function a call calls: its callee, or the function a
// package variable it calls holds.
func (ix *Detection) FuncOf(call *ast.CallExpr) *types.Func {
	if f, ok := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func); ok {
		return f
	}
	if id := code.IdentOf(ast.Unparen(call.Fun)); id != nil {
		if v, ok := ix.Pass.TypesInfo.Uses[id].(*types.Var); ok && v.Parent() == ix.Syms.PkgScope {
			f, _ := ix.varValue(v).(*types.Func)
			return f
		}
	}
	return nil
}

// runsLater reports whether the call at cur is go f() or defer f().
func runsLater(cur inspector.Cursor) bool {
	switch cur.Parent().Node().(type) {
	case *ast.GoStmt, *ast.DeferStmt:
		return true
	}
	return false
}

// callIn records a call of callee made by fn: an edge of the call graph,
// or a candidate.
func (ix *indexer) callIn(fn *FuncNode, callee *types.Func, call *ast.CallExpr, cur inspector.Cursor) {
	if syncMethod(callee) && callee.Name() == "Get" && isPoolMethod(callee) {
		ix.poolGet(fn, call, cur)
	}
	if callee != nil && callee.Pkg() == ix.Pass.Pkg {
		fn.calls = append(fn.calls, callee)
		fn.sites = append(fn.sites, callSite{callee: callee, call: call, later: runsLater(cur)})
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
	if sig := callee.Signature(); sig.Recv() != nil && (strings.HasPrefix(callee.Name(), "Proxy") && callee.Pkg() != nil &&
		strings.HasPrefix(callee.Pkg().Path(), "github.com/awslabs/aws-lambda-go-api-proxy/") || callee.Name() == "ServeHTTP" && isRouter(sig.Recv().Type())) {
		// An adapter's Proxy, or a router's own ServeHTTP (a handler
		// type delegating to the router it holds): the routes run.
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			fn.proxies = append(fn.proxies, sel.X)
		}
	}
	c, seen := ix.ctorMap[callee]
	if !seen {
		c = catalogue.Classify(callee)
		if c == nil {
			c = catalogue.ClassifyResource(callee)
		}
		if c == nil && !inModule(ix.Pass, callee.Pkg()) {
			// A package of the module is summarised: its fact says what
			// a call does, and no fact means nothing worth reporting.
			c = catalogue.ClassifyReturns(callee, ix.Pass.Pkg)
		}
		if c == nil && ix.Syms.Extra[callee] {
			c = &catalogue.Ctor{Kind: config.KindClient, What: "is listed in extra-constructors and runs again"}
		}
		ix.ctorMap[callee] = c
	}
	if c == nil {
		target, via := callee, (*types.Func)(nil)
		if impl := ix.soleImpl(callee); impl != nil {
			target, via = impl, callee // a call through an interface of the module
			if impl.Pkg() == ix.Pass.Pkg {
				fn.calls = append(fn.calls, impl) // the region follows it
				if closedIface(callee) {
					// For good: the summary follows it too.
					fn.sites = append(fn.sites, callSite{callee: impl, call: call, later: runsLater(cur), iface: true})
				}
				return
			}
		}
		g, several := ix.anyFact(target), false
		f := g
		if f != nil && len(f.Work) == 0 && len(f.Inputs) == 0 {
			f = nil
		}
		if f == nil {
			if first, common := ix.commonWork(callee); common != nil {
				target, via, f, several = first, callee, common, true
				f.Ctor = false // which one runs is decided at run time
			}
		}
		if f != nil {
			kind := config.KindParams // only operation inputs it returns
			if len(f.Work) > 0 {
				kind = f.Work[0].Kind
			}
			fn.cands = append(fn.cands, &Candidate{Node: call, cur: cur, Kind: kind, Fn: target, Fact: f, Via: via, Several: several})
		} else if g != nil && len(g.Guarded) > 0 {
			// Work kept behind a guard on that package's variables: per
			// call when the caller clears them (cache.S3(); defer
			// cache.Reset()).
			fn.cands = append(fn.cands, &Candidate{Node: call, cur: cur, Kind: g.Guarded[0].Kind, Fn: target, Fact: g, Via: via})
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
	fn.cands = append(fn.cands, &Candidate{Node: node, cur: at, Kind: c.Kind, What: c.What, Fn: callee, Opaque: c.Opaque})
}

// clientAround returns the http.Client literal whose Transport field the
// transport literal at cur is (directly or by its address).
func (ix *indexer) clientAround(cur inspector.Cursor) (*ast.CompositeLit, inspector.Cursor, bool) {
	c := cur.Parent()
	if u, ok := c.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		c = c.Parent()
	}
	kv, ok := c.Node().(*ast.KeyValueExpr)
	if !ok {
		return nil, cur, false
	}
	if key, ok := kv.Key.(*ast.Ident); !ok || key.Name != "Transport" {
		return nil, cur, false
	}
	c = c.Parent()
	client, ok := c.Node().(*ast.CompositeLit)
	if !ok || !code.IsNamedType(ix.info.TypeOf(client), "net/http", "Client") {
		return nil, cur, false
	}
	return client, c, true
}

// funcRef returns the same-package function e refers to as a value.
func (ix *indexer) funcRef(e ast.Expr) *types.Func {
	id := code.IdentOf(ast.Unparen(e))
	if id == nil {
		return nil
	}
	f, _ := ix.info.Uses[id].(*types.Func)
	if f == nil || f.Pkg() != ix.Pass.Pkg {
		return nil
	}
	return f.Origin()
}

func (ix *indexer) compositeLit(lit *ast.CompositeLit, cur inspector.Cursor) {
	ix.recordLit(lit)
	fn, once := ix.current()
	if fn == nil || ix.skip {
		return
	}
	if len(lit.Elts) == 0 {
		// An empty input is not worth reporting by itself; given to a
		// local whose fields are then set (in := &sqs.ReceiveMessageInput{};
		// in.QueueUrl = …), it is an input built in steps.
		if v := emptyInputLocal(ix.info, lit, cur); v != nil && !once {
			ix.emptyInputs = append(ix.emptyInputs, emptyInput{fn: fn, lit: lit, cur: cur, v: v})
		} else if !once && ix.toModuleFunc(lit, cur) {
			// withTopic(&sns.PublishInput{}, arn): filled by the call,
			// which the params check judges (fillsArg).
			fn.cands = append(fn.cands, &Candidate{Node: lit, cur: cur, Kind: config.KindParams})
		}
		return
	}
	if once {
		// An input or a transport on a path run once per receiver value
		// or until its guard is cleared.
		if keep := ix.keepAside(fn); keep != nil {
			ix.aside(fn, func() { ix.litCands(fn, lit, cur) }, keep)
		}
		return
	}
	ix.litCands(fn, lit, cur)
}

// FieldStore is a value stored into a field, and the function that
// stores it (nil at package level).
type FieldStore struct {
	Value ast.Expr
	In    *FuncNode
}

// emptyInput is an empty input literal given to a local v, a candidate
// once the traversal has seen v's fields set (fieldSetInputs).
type emptyInput struct {
	fn  *FuncNode
	lit *ast.CompositeLit
	cur inspector.Cursor
	v   *types.Var
}

// toModuleFunc reports whether an operation input literal (or its
// address) is an argument of a call of a function of the module.
func (ix *indexer) toModuleFunc(lit *ast.CompositeLit, cur inspector.Cursor) bool {
	if catalogue.InputType(ix.info.TypeOf(lit)) == nil {
		return false
	}
	var e ast.Expr = lit
	p := cur.Parent()
	if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		e, p = u, p.Parent()
	}
	call, ok := p.Node().(*ast.CallExpr)
	if !ok || !slices.Contains(call.Args, e) {
		return false
	}
	callee, ok := typeutil.Callee(ix.info, call).(*types.Func)
	return ok && ix.inModulePkg(callee.Pkg())
}

// emptyInputLocal returns the local an empty operation input literal (or
// its address) is declared with: in := &T{}, var in = T{}.
func emptyInputLocal(info *types.Info, lit *ast.CompositeLit, cur inspector.Cursor) *types.Var {
	if catalogue.InputType(info.TypeOf(lit)) == nil {
		return nil
	}
	var e ast.Node = lit
	p := cur.Parent()
	if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		e, p = u, p.Parent()
	}
	var id *ast.Ident
	switch s := p.Node().(type) {
	case *ast.AssignStmt:
		if s.Tok == token.DEFINE && len(s.Lhs) == 1 && len(s.Rhs) == 1 && s.Rhs[0] == e {
			id, _ = s.Lhs[0].(*ast.Ident)
		}
	case *ast.ValueSpec:
		if len(s.Names) == 1 && len(s.Values) == 1 && s.Values[0] == e {
			id = s.Names[0]
		}
	}
	if id == nil {
		return nil
	}
	v, _ := info.Defs[id].(*types.Var)
	return v
}

// fieldSetInputs adds the empty input literals whose local has a field
// set after it to their functions' candidates, in order.
func (ix *indexer) fieldSetInputs() {
	for _, e := range ix.emptyInputs {
		if !slices.ContainsFunc(ix.Assigns[e.v], func(a Assignment) bool { return a.Field != "" && a.Pos > e.lit.End() }) &&
			!slices.ContainsFunc(ix.Handed[e.v], func(c *ast.CallExpr) bool { return c.Pos() > e.lit.End() }) {
			continue
		}
		c := &Candidate{Node: e.lit, cur: e.cur, Kind: config.KindParams}
		e.fn.cands = insertCand(e.fn.cands, c)
	}
}

// insertCand inserts c into cands, which are in source order.
func insertCand(cands []*Candidate, c *Candidate) []*Candidate {
	i, _ := slices.BinarySearchFunc(cands, c.Node.Pos(), func(x *Candidate, p token.Pos) int { return cmp.Compare(x.Node.Pos(), p) })
	return slices.Insert(cands, i, c)
}

// litCands adds the candidates a composite literal is to fn's.
func (ix *indexer) litCands(fn *FuncNode, lit *ast.CompositeLit, cur inspector.Cursor) {
	t := ix.info.TypeOf(lit)
	if named := catalogue.InputType(t); named != nil {
		fn.cands = append(fn.cands, &Candidate{Node: lit, cur: cur, Kind: config.KindParams})
	}
	if code.IsNamedType(t, "net/http", "Transport") {
		c := &Candidate{Node: lit, cur: cur, Kind: config.KindResource,
			What: "builds a new HTTP transport and connection pool", label: "http.Transport{…}"}
		if client, at, ok := ix.clientAround(cur); ok {
			// &http.Client{Transport: &http.Transport{…}}: the client
			// and its transport, built together, are one finding; the
			// transport alone when the client varies (a per-request
			// timeout).
			c = &Candidate{Node: client, cur: at, Kind: config.KindResource,
				What: "builds a new HTTP client with its own transport and connection pool", label: "http.Client{…}", Alt: c}
		}
		fn.cands = insertCand(fn.cands, c)
	}
}

func (ix *indexer) assignStmt(as *ast.AssignStmt, cur inspector.Cursor) {
	opaque := as.Tok != token.ASSIGN && as.Tok != token.DEFINE
	if len(as.Lhs) == len(as.Rhs) && !opaque {
		for i, lhs := range as.Lhs {
			ix.recordAssign(lhs, as.Rhs[i])
		}
	}
	for i, lhs := range as.Lhs {
		var rhs ast.Expr
		switch {
		case len(as.Rhs) == len(as.Lhs):
			rhs = as.Rhs[i]
		case len(as.Rhs) == 1:
			rhs = as.Rhs[0]
		}
		id, ok := lhs.(*ast.Ident)
		if sel, isSel := lhs.(*ast.SelectorExpr); isSel {
			// source.CurrentTable = t: another package's variable.
			if x, isID := sel.X.(*ast.Ident); isID {
				if _, isPkg := ix.info.Uses[x].(*types.PkgName); isPkg {
					id, ok = sel.Sel, true
				}
			}
		}
		if ok && !opaque {
			if v := ix.varOf(id); v != nil {
				fn, _ := ix.current()
				a := Assignment{rhs: rhs, In: fn, Pos: id.Pos()}
				if len(as.Lhs) > 1 && len(as.Rhs) == 1 {
					a.result = i + 1 // cfg, awsCfg, err := a.settings(ctx)
				}
				if as.Tok == token.ASSIGN {
					// Which value the variable holds may depend on the
					// conditions the assignment sits under.
					var known bool
					if a.Conds, known = controlConds(cur, v); !known {
						a.Opaque = true
					}
				}
				ix.record(v, a)
			}
			continue
		}
		if root := code.RootIdent(lhs); root != nil && as.Tok == token.ASSIGN && len(as.Rhs) == len(as.Lhs) && fieldPath(lhs) {
			if v := ix.varOf(root); v != nil {
				if conds, ok := controlConds(cur, v); ok {
					ix.writeThrough(v, lhs, rhs, conds)
					continue
				}
			}
		}
		ix.write(lhs)
	}
}

// fieldPath reports whether e is a field of a variable, or of a field of
// one (b.region, b.opts.retries, p.f through a pointer).
func fieldPath(e ast.Expr) bool {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	for ok {
		switch x := ast.Unparen(sel.X).(type) {
		case *ast.Ident:
			return true
		case *ast.StarExpr:
			sel, ok = ast.Unparen(x.X).(*ast.SelectorExpr)
			if !ok {
				_, ok := ast.Unparen(x.X).(*ast.Ident)
				return ok
			}
		case *ast.SelectorExpr:
			sel = x
		default:
			return false
		}
	}
	return false
}

// writeThrough records that a field of v, the variable at the root of
// lhs, is given rhs (b.region = r) when conds hold: an unknown value for the
// variable, but one a builder stays invariant under when rhs and conds
// are (Invariance.variable).
func (ix *indexer) writeThrough(v *types.Var, lhs, rhs ast.Expr, conds []ast.Expr) {
	fn, _ := ix.current()
	ix.record(v, Assignment{Opaque: true, Through: rhs, Conds: conds, In: fn, Pos: lhs.Pos(), Field: code.FieldPath(ix.info, lhs)})
}

// controlConds returns the conditions that decide whether the statement
// at cur runs, between it and the declaration of v (or its function's
// body): the ifs, switches and ranges around it. A loop's own condition
// only repeats the statement, which gives the same value again. It
// reports false for control it cannot follow (a select, a type switch).
func controlConds(cur inspector.Cursor, v *types.Var) ([]ast.Expr, bool) {
	var conds []ast.Expr
	for c := cur.Parent(); ; c = c.Parent() {
		n := c.Node()
		if n == nil || n.Pos() <= v.Pos() && v.Pos() < n.End() {
			return conds, true // v is declared in here: every run starts it anew
		}
		switch n := n.(type) {
		case *ast.IfStmt:
			conds = append(conds, n.Cond) // what an init defines, the condition reads
		case *ast.CaseClause:
			conds = append(conds, n.List...)
		case *ast.SwitchStmt:
			if n.Tag != nil {
				conds = append(conds, n.Tag)
			}
		case *ast.RangeStmt:
			conds = append(conds, n.X)
		case *ast.FuncDecl, *ast.FuncLit:
			return conds, true
		case *ast.SelectStmt, *ast.CommClause, *ast.TypeSwitchStmt:
			return nil, false
		}
	}
}

// rangeVar records a variable a range statement declares: over a slice,
// an array or a map held in a variable or a field (for _, region := range
// regions.Replicas), it takes the values of what it ranges over, the same
// ones on every run when that is; over anything else (a channel, a call's
// result), values not known.
func (ix *indexer) rangeVar(n *ast.RangeStmt, e ast.Expr) {
	id, ok := e.(*ast.Ident)
	if !ok || n.Tok != token.DEFINE {
		ix.write(e)
		return
	}
	v := ix.varOf(id)
	switch x := ast.Unparen(n.X).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		switch ix.info.TypeOf(x).Underlying().(type) {
		case *types.Slice, *types.Array, *types.Map:
			if v != nil {
				fn, _ := ix.current()
				ix.record(v, Assignment{rhs: x, In: fn, Pos: id.Pos(), elem: true})
				return
			}
		}
	}
	ix.write(e)
}

// typeSwitchVars records what the variable of each clause of switch e :=
// x.(type) is given: x, as the clause's type.
func (ix *indexer) typeSwitchVars(n *ast.TypeSwitchStmt) {
	as, ok := n.Assign.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok {
		return
	}
	fn, _ := ix.current()
	for _, c := range n.Body.List {
		if v, ok := ix.info.Implicits[c].(*types.Var); ok {
			ix.record(v, Assignment{rhs: ta.X, In: fn, Pos: c.Pos()})
		}
	}
}

// write records that the variable at the root of e (x in x, x.f, x[i], *x)
// is written with an unknown value.
func (ix *indexer) write(e ast.Expr) { ix.writeAs(e, Assignment{}) }

// writeAs is write, with what a carries besides (Escapes for an address
// taken, Returned for one returned).
func (ix *indexer) writeAs(e ast.Expr, a Assignment) {
	id := code.RootIdent(e)
	if id == nil {
		return
	}
	if v := ix.varOf(id); v != nil {
		a.Opaque, a.Pos, a.Field = true, e.Pos(), code.FieldPath(ix.info, e)
		a.In, _ = ix.current()
		ix.record(v, a)
	}
}

// inputToOperation reports whether &in hands a local operation input to an
// SDK operation or paginator, which reads it (or copies it): no write to
// record. Whether the SDK writes members of it is the params check's
// question (sdkWritesInto).
// handedPointers records, for a call handed a local pointer, map or slice
// (json.Unmarshal(body, req) with req := &Request{}), that the callee may
// write through it what its other arguments give (Handed). An SDK operation reads its input, a catalogued constructor or a
// pure function what it is given, and printing writes nothing.
func (ix *indexer) handedPointers(callee *types.Func, call *ast.CallExpr) {
	if callee == nil || catalogue.IsPureFunc(callee) || catalogue.Classify(callee) != nil || catalogue.ClassifyResource(callee) != nil {
		return
	}
	if p := callee.Pkg(); p != nil && (p.Path() == "fmt" || p.Path() == "log" || p.Path() == "log/slog" || p.Path() == "errors") {
		return
	}
	var fact *WorkFact
	factRead := false
	for i, v := range ix.varArgs(call) {
		if v.Parent() == ix.Syms.PkgScope || v.IsField() {
			continue
		}
		switch v.Type().Underlying().(type) {
		case *types.Pointer, *types.Map, *types.Slice:
			// What it refers to may be written: maps.Copy(item, m),
			// slices.Sort(ids), json.Unmarshal(body, req).
		default:
			continue
		}
		if operationInput(ix.info, call, call.Args[i]) {
			continue
		}
		if !factRead && callee.Pkg() != ix.Pass.Pkg {
			// Another package's function of the module: what it fills,
			// looked up once a local pointer is handed to it.
			fact, factRead = ix.anyFact(callee), true
		}
		if fact != nil && !callee.Signature().Variadic() && i < callee.Signature().Params().Len() && !slices.Contains(fact.FillsParams, i) {
			continue // chatsess.GetUser(name, sess), which only reads sess
		}
		ix.hand(v, call)
	}
	if v := ix.pointerRecvLocal(callee, call); v != nil {
		// r.ApplyJob(job) on a local r, with a pointer receiver: the
		// method may write r from what it is given.
		ix.hand(v, call)
	}
}

// pointerRecvLocal returns the local whose value (or pointer) a call of a
// method of the module with a pointer receiver is made on (r.ApplyJob(job),
// r a local struct or a pointer to one), when the method may write
// through it: not one known to keep its receiver as it is. A library's
// methods (a router's r.GET, a builder's) are judged as before, by what
// the catalogue knows of them.
func (ix *indexer) pointerRecvLocal(callee *types.Func, call *ast.CallExpr) *types.Var {
	recv := callee.Signature().Recv()
	if recv == nil || !ix.inModulePkg(callee.Pkg()) {
		return nil
	}
	if _, ptr := recv.Type().Underlying().(*types.Pointer); !ptr {
		return nil
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := ix.info.Uses[id].(*types.Var)
	if v == nil || v.IsField() || v.Kind() != types.LocalVar || v.Parent() == ix.Syms.PkgScope {
		return nil
	}
	t := v.Type()
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := t.Underlying().(*types.Struct); !ok || ix.keepsRecv(call) {
		return nil
	}
	return v
}

// handedToValue records &o handed to a call of a function value (opt(&o),
// a functional option applied): what the call writes through it comes
// from the function value and the call's other arguments (Handed), not
// from anywhere. Only a local taken whole counts.
func (ix *indexer) handedToValue(u *ast.UnaryExpr, cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || !slices.Contains(call.Args, ast.Expr(u)) || !dynamicCall(ix.info, call) {
		return false
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return false
	}
	v := ix.varOf(id)
	if v == nil || v.Kind() != types.LocalVar || v.Parent() == ix.Syms.PkgScope {
		return false
	}
	ix.hand(v, call)
	return true
}

// hand records that call is handed v, and may write what it refers to
// (Handed).
func (ix *indexer) hand(v *types.Var, call *ast.CallExpr) {
	if ix.Handed == nil {
		ix.Handed = map[*types.Var][]*ast.CallExpr{}
	}
	ix.Handed[v] = append(ix.Handed[v], call)
}

// dynamicCall reports whether call calls a function value held in a
// variable, a field or an element (not a function, a method, a builtin or
// a conversion).
func dynamicCall(info *types.Info, call *ast.CallExpr) bool {
	if tv, ok := info.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return false
	}
	_, static := typeutil.Callee(info, call).(*types.Func)
	return !static
}

// inputField reports whether the address at cur is the value of a field
// of an operation input literal (&s3.GetObjectInput{Bucket: &s.bucket}),
// or an element of a literal such a field holds (InstanceIds:
// []*string{&h.instanceID}):
// the SDK reads what it points to (the members it writes are
// sdkWritesInto's question), so nothing is written.
func inputField(info *types.Info, cur inspector.Cursor) bool {
	// Up through the literals holding it ([]*string{&id}, {S: &id} in
	// a map of attribute values) to the input's own.
	for range 6 {
		p := cur.Parent()
		if kv, ok := p.Node().(*ast.KeyValueExpr); ok {
			if kv.Value != cur.Node() {
				return false
			}
			p = p.Parent()
		}
		if u, ok := p.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
			cur, p = p, p.Parent()
			if kv, ok := p.Node().(*ast.KeyValueExpr); ok {
				if kv.Value != cur.Node() {
					return false
				}
				p = p.Parent()
			}
		}
		lit, ok := p.Node().(*ast.CompositeLit)
		if !ok {
			return false
		}
		if catalogue.InputType(info.TypeOf(lit)) != nil {
			return true
		}
		cur = p
	}
	return false
}

// storedBySync reports whether the address at cur is what a sync or
// sync/atomic writer keeps (cfgPtr.Store(&c)): kept, not written.
func (ix *indexer) storedBySync(cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, _ := typeutil.Callee(ix.info, call).(*types.Func)
	return fn != nil && isSyncWriter(fn.Origin())
}

func (ix *indexer) inputToOperation(u *ast.UnaryExpr, cur inspector.Cursor) bool {
	if _, ok := ast.Unparen(u.X).(*ast.Ident); !ok || catalogue.InputType(ix.info.TypeOf(u.X)) == nil {
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

func (ix *indexer) record(v *types.Var, a Assignment) {
	if v.IsField() {
		return
	}
	a.Test = ix.test
	var in *FuncNode
	in, a.Once = ix.current()
	a.Once = a.Once || in != nil && in.onceLit
	ix.Assigns[v] = append(ix.Assigns[v], a)
	if v.Parent() == ix.Syms.PkgScope && a.In != nil {
		ix.PkgWriters[v] = append(ix.PkgWriters[v], a)
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
	if ix.errCheck(s.Cond) {
		return // if err != nil: the common case, and never a guard
	}
	block, _ := cur.Parent().Node().(*ast.BlockStmt)
	reads, condWrites, keys := ix.guardState(s, block)
	guard := reads.state
	if len(guard) > 0 && ix.resetEachCall(s, guard) {
		return // the state does not outlive the invocation after all
	}
	if slices.ContainsFunc(keys, func(k ast.Expr) bool { return ix.uniqueKey(k, 0) }) {
		return // looked up by a key new on every invocation: never hits
	}
	ix.guard = ix.guardFrame(guard, keys)
	if ix.guard.recv {
		ix.guard.shared = ix.throughReference(s.Cond)
	}
	defer func() { ix.guard = frame{} }()
	ix.lazyInitRule(s, cur, reads, condWrites)
}

// guardFrame is what a guard reading state, looked up by keys, tells the
// run-once ranges it pushes: per receiver value when the state is the
// receiver's fields (those fields), else the package variables it reads.
func (ix *indexer) guardFrame(state map[types.Object]bool, keys []ast.Expr) frame {
	fn, _ := ix.current()
	f := frame{recv: onRecv(state), guard: pkgVarsOnly(state, ix.Syms.PkgScope), keyParam: ix.keyParam(keys, fn)}
	if f.recv {
		f.fields = sortedVars(state)
	}
	return f
}

// throughReference reports whether cond reads a field through another
// field of reference type (c.h.client, c.m[k], with h a pointer and m a
// map): state that copies of the value holding the outer field share.
func (ix *indexer) throughReference(cond ast.Expr) bool {
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		var x ast.Expr
		switch n := n.(type) {
		case *ast.SelectorExpr:
			x = n.X
		case *ast.IndexExpr:
			x = n.X
		case *ast.StarExpr:
			x = n.X
		default:
			return !found
		}
		if sel, ok := ast.Unparen(x).(*ast.SelectorExpr); ok {
			if s := ix.info.Selections[sel]; s != nil && s.Kind() == types.FieldVal {
				switch ix.info.TypeOf(sel).Underlying().(type) {
				case *types.Pointer, *types.Map, *types.Chan, *types.Interface, *types.Slice:
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// sortedVars returns the guard's state variables in source order.
func sortedVars(guard map[types.Object]bool) []*types.Var {
	var out []*types.Var
	for obj := range guard {
		if v, ok := obj.(*types.Var); ok {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(a, b *types.Var) int { return cmp.Compare(a.Pos(), b.Pos()) })
	return out
}

// pkgVarsOnly returns the guard's state when it is package variables
// only, in source order; nil otherwise.
func pkgVarsOnly(guard map[types.Object]bool, scope *types.Scope) []*types.Var {
	vs := sortedVars(guard)
	if len(vs) != len(guard) || slices.ContainsFunc(vs, func(v *types.Var) bool { return v.Parent() != scope }) {
		return nil
	}
	return vs
}

// onRecv reports whether the guard's state is only the method's
// receiver's fields: the guard keeps what it builds per receiver value.
func onRecv(guard map[types.Object]bool) bool {
	for obj := range guard {
		if v, ok := obj.(*types.Var); !ok || !v.IsField() {
			return false
		}
	}
	return len(guard) > 0
}

func (ix *indexer) lazyInitRule(s *ast.IfStmt, cur inspector.Cursor, guard guardReads, condWrites bool) {
	if ix.runOnce(s, cur, guard, condWrites) { // the rule (runonce.go); the shapes below predate it
		return
	}
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
	if code.RootIdent(cond) != nil && ix.isBool(cond) { // not err != nil: no type lookup for it
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
	if code.IsNil(ix.info, x) {
		x = be.Y
	} else if !code.IsNil(ix.info, be.Y) {
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

// resetEachCall reports whether the function around the guard s clears
// the state the guard reads on every run: `db = nil` in a deferred literal
// or in a statement of the body itself, so the next invocation builds
// again.
func (ix *indexer) resetEachCall(s *ast.IfStmt, guard map[types.Object]bool) bool {
	fn, _ := ix.current()
	if fn == nil {
		return false
	}
	body := fn.Body()
	clears := func(st ast.Stmt) bool {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
			return false
		}
		for i, l := range as.Lhs {
			if obj := ix.stateOf(l); obj != nil && guard[obj] && code.IsNil(ix.info, as.Rhs[i]) {
				return true
			}
		}
		return false
	}
	for _, st := range body.List {
		if d, ok := st.(*ast.DeferStmt); ok {
			if lit, ok := ast.Unparen(d.Call.Fun).(*ast.FuncLit); ok && slices.ContainsFunc(lit.Body.List, clears) {
				return true
			}
		}
		if st.Pos() > s.End() && clears(st) {
			return true
		}
	}
	return false
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
				if code.SameRef(ix.info, l, id) {
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
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && code.SameRef(ix.info, sel.X, lsel.X) {
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
	id := code.RootIdent(e)
	if id == nil {
		return false
	}
	v, _ := ix.info.Uses[id].(*types.Var)
	if v == nil {
		return false
	}
	if v.Parent() == ix.Syms.PkgScope {
		return true
	}
	fn, _ := ix.current()
	if d := fn.declaring(v); d != nil && d != fn && (d.IsNamed("init") || d.IsNamed("main") && ix.Pass.Pkg.Name() == "main") {
		// Captured from main or init, which run once: the literal's
		// every call shares it (d := &deps{}; lambda.Start(func(…) {
		// if d.db == nil { … } })).
		return true
	}
	if d := fn.declaring(v); d != nil && d != fn && d.Decl != nil && returnedBy(fn, d) {
		// Captured from a factory by the closure it returns
		// (templates := lazy.NewMap(); return func(…) { templates.Get(…) }):
		// the factory runs once, where the handler is made, and every
		// call of the closure shares it.
		return true
	}
	for ; fn != nil; fn = fn.Outer {
		if fn.Decl != nil && fn.Decl.Recv != nil {
			for _, f := range fn.Decl.Recv.List {
				for _, n := range f.Names {
					if ix.info.Defs[n] == v {
						return sharedThrough(ix.info, e)
					}
				}
			}
		}
	}
	return false
}

// returnedBy reports whether fn is, or runs inside, a literal that d, a
// declaration around it, returns (return func(…) { … }).
func returnedBy(fn, d *FuncNode) bool {
	for f := fn; f != nil && f.Outer != nil; f = f.Outer {
		if f.Outer == d {
			_, ret := f.cur.Parent().Node().(*ast.ReturnStmt)
			return ret && f.Lit != nil
		}
	}
	return false
}

// sharedThrough reports whether e, a path from a variable (v.f, v.m[k],
// *v), reaches state the variable shares with others: through a pointer,
// a map or a slice. A value's own fields are its copy's (a value
// receiver's h.ddb = … is lost when the call returns).
func sharedThrough(info *types.Info, e ast.Expr) bool {
	for {
		var x ast.Expr
		switch n := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			x = n.X
		case *ast.IndexExpr:
			if _, arr := info.TypeOf(n.X).Underlying().(*types.Array); !arr {
				return true // a map, a slice, a pointer to an array: shared
			}
			x = n.X
		case *ast.StarExpr:
			return true
		default:
			return false
		}
		if _, ptr := info.TypeOf(x).Underlying().(*types.Pointer); ptr {
			return true
		}
		e = x
	}
}

// assignsTo reports whether one of stmts (top level) assigns target.
func (ix *indexer) assignsTo(stmts []ast.Stmt, target ast.Expr) bool {
	for _, st := range stmts {
		as, ok := st.(*ast.AssignStmt)
		if !ok {
			continue
		}
		for _, l := range as.Lhs {
			if code.SameRef(ix.info, l, target) {
				return true
			}
		}
	}
	return false
}

// FuncAround returns the function of the index around cur, or nil at
// package level.
func (ix *Detection) FuncAround(cur inspector.Cursor) *FuncNode {
	for c := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		switch n := c.Node().(type) {
		case *ast.FuncLit:
			return ix.byLit[n]
		case *ast.FuncDecl:
			fn, _ := ix.Pass.TypesInfo.Defs[n.Name].(*types.Func)
			return ix.Decls[fn]
		}
	}
	return nil
}
