package detect

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"golang.org/x/tools/go/types/typeutil"
)

// This file carries Init work across packages of the module. A layered
// app's handler calls repository.New(), and it is repository.New that
// builds the client on every call. Each package of the main module exports,
// for its exported functions and methods, a workFact: what one call builds
// and which of its parameters that depends on. The handler's package reads
// the facts of what it calls: a call whose relevant arguments are the same
// on every invocation is Init work, reported at the call.
//
// Facts cost every driver a run on each dependency, so packages outside
// the main module (pass.Module.Version != ""), the SDKs and the standard
// library export nothing and return at once.

// WorkFact is what one call of a function builds that belongs in Init.
type WorkFact struct {
	Work []Work
	// Inputs are the SDK operation inputs a call builds and returns
	// (return &s3.ListObjectsV2Input{…}): work of a caller that hands
	// what the call returns to operations only, and nothing otherwise
	// (a caller may set a field of it, or keep it).
	Inputs []Work
	// Ctor: a call does nothing but build what it returns (catalogue
	// constructions, pure functions, error checks, other constructors):
	// moving the call out of the handler keeps behaviour, so it gets a fix.
	Ctor bool
	// What the program's call graph needs (dispatch.go, program.go): the
	// functions of other packages of the module the function calls
	// ("path F", "path T.M"), its calls through interfaces and function
	// values, the types of the module it builds values of ("path T"), and
	// the function values it takes. Each counts the function's literals
	// and the functions of its package it calls.
	Calls []string
	Dyn   []DynCall
	Makes []string
	Flows []Flow
	// DynSites says, for each of Dyn made by the function itself, what
	// the first such call passes (see DynSite); nil where a function of
	// the package it calls makes it.
	DynSites []DynSite
	// DynAt is where each of Dyn is called, "file:line:col" (the first
	// call), for related information at that step.
	DynAt []string
	// OnceParams are the parameters holding functions that the function
	// calls only on a run-once path: lazy.Value.Get(build) builds once per
	// Value.
	OnceParams []int
	// Same: the function does no Init work itself, but returns the same
	// value whenever its receiver and arguments are the same: a settings
	// loader reading the environment (settings.FromEnv()), or a link of a
	// builder chain, whose result is of a type of its package with a
	// method that does Init work (s3builder.New(cfg).Region(r)). What is
	// built from it is then as invariant as what it is given. ReadsEnv: it
	// reads the environment, which the handler may change first.
	Same     bool
	ReadsEnv bool
	// ReadsVars: a Same function answers from these package variables
	// (objKey), which functions of its package set (tenancy.UsageTable()
	// reading what tenancy.Configure set): the same on every invocation
	// unless the handlers set them.
	ReadsVars []string
	// WritesEnv: a call changes the process environment (os.Setenv),
	// which what the caller reads afterwards depends on.
	WritesEnv bool
	// EnvKeyParam: the environment variable it writes is named by its
	// parameter EnvKeyParam-1 (envx.Override(key, val)); what a call
	// writes is the name it passes. EnvKeys: what a Same function that
	// reads the environment reads, when known (envx.ParamName() reading
	// PARAM_NAME).
	EnvKeyParam int
	EnvKeys     []string
	// WritesState: a call changes the environment or a package variable
	// of the module, not only on a run-once path (state.Bind(job)).
	WritesState bool
	// WritesVars are the package variables of the module (objKey) a call
	// changes, outside a run-once path.
	WritesVars []string
	// SameVars are those of WritesVars, variables of the function's own
	// package, that every write gives the same value whatever the program
	// does (awsgo.Init() setting Cfg from config.LoadDefaultConfig with
	// constant options): what reads them after the call is the same on
	// every invocation, though not before the first call.
	SameVars []string
	// FillsFields says, for a parameter of FillsParams that is a pointer
	// the function writes only by field, which fields (tenant.Apply(s, t)
	// setting s.Prefix): what the caller reads of the others stays.
	FillsFields map[int][]string
	// FillsInput: of FillsFields, the parameters the function only sets
	// fields of, from what it is given (see InputFill).
	FillsInput []InputFill
	// FillsParams are the parameters (pointers, maps, slices) the function
	// writes through: a package variable given there is written. A
	// function with no fact may write through any.
	FillsParams []int
	// WritesRecv: the method (a link or a constructor) assigns through
	// its receiver, so its call moves only on a receiver the chain builds
	// afresh; Fresh says what it returns: freshYes a value built afresh,
	// freshRecv its receiver.
	WritesRecv bool
	// ReadsParams are the pointer parameters the function only reads
	// fields of (sqsmsg.Log(in)): an input handed to it stays as built.
	ReadsParams []int
	// KeepsRecv: a method that writes nothing through its receiver
	// (repo.Put(ctx, item) sending the item): a call of it on a guard's
	// state is not a write of that state (writesState).
	KeepsRecv bool
	Fresh     uint8
	// FreshArgs: what it returns is a value built afresh that holds
	// only what it is given and plain values (NewService(deps, table)
	// returning &Service{deps: deps, table: table}); see deepFresh.
	FreshArgs bool
	// Guarded is the work the function does on a path that a guard on
	// package variables of the module runs once (Work.Guard): per call
	// only for a caller that clears those variables on every run. Clears
	// are the package variables (objKey) every call clears.
	Guarded []Work
	Clears  []string
	// Starts: the function registers a handler derived from its
	// parameter Starts-1 (itself, wrapped, or, StartsResult, what
	// calling it returns).
	Starts       int
	StartsResult bool
	// StartsMethod: what it registers is that method of the parameter
	// (lambda.Start(r.Dispatch), r the parameter).
	StartsMethod string
	// Serves: the function hands its request to an API-proxy adapter
	// (adapter.ProxyWithContext): the routes of the program's routers run
	// on every invocation of a handler it is.
	Serves bool
	// Reported: the function's own package found it as a handler (by its
	// shape, or one it registers) and reports its work there; a package
	// registering it does not report that work again.
	Reported bool
}

// DynSite is what a dynamic call passes, in terms of the calling
// function's parameters: for each argument, the parameters it depends on
// (-1 the caller's receiver), or varies. Work of the target that depends
// on its own parameters maps through it (partial invariance through
// dynamic calls). The receiver of a call through an interface is one of
// the values the program converts to it, picked perhaps by the event but
// built where the program builds it (DynCall.Fresh says when that is on
// every run).
type DynSite struct {
	Known bool
	Args  [][]int
	// Recv: for a call through an interface on a value the caller builds
	// on every run (DynCall.Fresh), what that value is built from.
	Recv []int
}

// argVaries marks, in a DynSite, an argument that is not the same on
// every call whatever the caller is given.
const argVaries = -2

// recvFresh marks, in a target's Deps, the receiver of a call through an
// interface on a value built on every run (DynCall.Fresh): the work is
// the same on every invocation when what the value is built from is
// (DynSite.Recv), and a cache the value keeps misses each time.
const recvFresh = -3

// Work is one construction a call performs.
type Work struct {
	Kind config.Kind
	Name string // the constructor, "dynamodb.NewFromConfig"
	What string // "builds a new DynamoDB client and connection pool"
	At   string // "repository/dynamo.go:22"
	File string // the file, for related information where the driver has it
	Line int
	Col  int
	// Deps are the parameters the work depends on: -1 is the receiver,
	// 0… the parameters in order. Work with no deps is the same on every
	// call.
	Deps []int
	// State: the package variables (objKey, or anyState) the work's value
	// reads that another package may change
	// during the invocation (the environment, a package variable of the
	// module): not the same on every invocation when the handler calls
	// one that does (WorkFact.WritesState) first.
	State []string
	// PerRecv: the work runs once per value of the method's receiver (a
	// guard on its fields): on every invocation only when the caller
	// builds the receiver on every invocation.
	PerRecv bool
	// InField: with PerRecv, the value the work is kept on is one the
	// receiver holds in a field (s.deps of s.deps.S3(ctx)): per
	// invocation only on a receiver built on every invocation from
	// values built so too (deepFresh), not from one given it.
	InField bool
	// SharedGuard: with PerRecv, the guard reads state the receiver
	// refers to (a pointer field), which copies of it share.
	SharedGuard bool
	// Env: the work's value reads the environment, which another package
	// may change during the invocation (os.Setenv in a helper).
	Env bool
	// EnvKeys are the environment variables the work reads, when known
	// (awsEnv for the SDK's configuration); nil: any.
	EnvKeys []string
	// Guard are the package variables (objKey) whose guard keeps the work
	// to one run, in WorkFact.Guarded; KeyParam the parameter (index plus
	// one) the guard looks them up by: a caller passing a key new on
	// every invocation makes it run every time.
	Guard    []string
	KeyParam int
	// SetFirst: at the call, the work reads package variables the handler
	// sets on every invocation before, to the same value each time
	// (WorkFact.SameVars): reported, but it cannot move before that.
	SetFirst bool
	// Files: the work reads files (template.ParseFiles), which a function
	// that writes files first changes. SharedFiles: the only files it
	// reads are the SDK's shared config and credentials, which only a
	// write that may name them changes (a scratch file under /tmp does
	// not).
	Files, SharedFiles bool
	// Func is the function that does the work, and Via the dynamic call
	// that reaches it ("ports.Store.Put"), when it is reached through one
	// (program.go), and ViaAt where that call is ("file:line:col").
	Func, Via, ViaAt string
}

// FuncPkg names the package of the function that does the work (Func,
// "billing.Charge" or "the function billing.New returns").
func (w Work) FuncPkg() string {
	pkg, _, found := strings.Cut(strings.TrimPrefix(w.Func, "the function "), ".")
	if !found {
		// "a function literal": that of its file.
		pkg, _, _ = strings.Cut(w.At, "/")
	}
	return pkg
}

// Pkg names the package where the work is done: that of Func
// ("orders" of "orders.Store.Put"), or of its file ("orders" of
// "orders/orders.go:18").
func (w Work) Pkg() string {
	if w.Func != "" {
		return w.FuncPkg()
	}
	pkg, _, _ := strings.Cut(w.At, ".")
	if i := strings.LastIndexByte(pkg, '/'); i > 0 {
		pkg = pkg[:i]
	}
	return pkg
}

// RequestKeyed reports whether the work's guard looks its state up by a
// key new on every invocation (the request ID).
func (w Work) RequestKeyed() bool { return slices.Contains(w.Guard, requestKeyed) }

// GuardLabel names the variables of the work's guard, "cache.client", or
// "" when it has none.
func (w Work) GuardLabel() string {
	return strings.Join(mapStrings(w.Guard, keyLabel), " and ")
}

// AFact marks WorkFact as an analysis.Fact.
func (*WorkFact) AFact() {}

// ShareFact marks a struct type of the module whose values concurrent
// invocations may share: its fields are unexported and themselves safe to
// share (SDK clients, strings, other such types), and none of its methods
// writes its receiver. A *service.Service holding a repository that holds
// a DynamoDB client is one.
type ShareFact struct{}

// AFact marks ShareFact as an analysis.Fact.
func (*ShareFact) AFact() {}

func (*ShareFact) String() string { return "shareable" }

// OnceFact marks a package variable of the module that holds what
// sync.OnceValue or sync.OnceValues returns, given once at its
// declaration (var Get = sync.OnceValue(load), or through a helper that
// returns one): a call of it answers the same value on every invocation.
type OnceFact struct{}

// AFact marks OnceFact as an analysis.Fact.
func (*OnceFact) AFact() {}

func (*OnceFact) String() string { return "once value" }

// listWork writes ws as WorkFact.String lists them: " name (at) from
// deps", comma-separated.
func listWork(b *strings.Builder, ws []Work) {
	for i, w := range ws {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(b, " %s (%s)", w.Name, w.At)
		if len(w.Deps) > 0 {
			fmt.Fprintf(b, " from %v", w.Deps)
		}
	}
}

func (f *WorkFact) String() string {
	var b strings.Builder
	if len(f.Work) > 0 {
		b.WriteString("builds")
	}
	listWork(&b, f.Work)
	if len(f.Inputs) > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("returns")
		listWork(&b, f.Inputs)
	}
	if f.Ctor {
		b.WriteString("; constructor")
	}
	if len(f.Guarded) > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("guards")
		for i, w := range f.Guarded {
			if i > 0 {
				b.WriteString(",")
			}
			fmt.Fprintf(&b, " %s (%s) by %s", w.Name, w.At, w.GuardLabel())
		}
	}
	if len(f.Clears) > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("clears " + strings.Join(mapStrings(f.Clears, keyLabel), ", "))
	}
	if f.WritesEnv {
		b.WriteString("writes the environment; ")
	}
	if f.Reported {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("a handler its package reports")
	}
	if f.Serves {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("serves a router")
	}
	if f.Same {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString("same")
		if f.ReadsEnv {
			b.WriteString(", from the environment")
		}
	}
	// What the program's call graph reads: short names, in order.
	short := keyLabel
	var parts []string
	if len(f.Makes) > 0 {
		parts = append(parts, "makes "+strings.Join(mapStrings(f.Makes, short), ", "))
	}
	if len(f.Calls) > 0 {
		parts = append(parts, "calls "+strings.Join(mapStrings(f.Calls, short), ", "))
	}
	for _, d := range f.Dyn {
		call := short(d.Key)
		if d.Method != "" && d.Kind == "iface" {
			call += "." + d.Method
		}
		parts = append(parts, "calls through "+d.Kind+" "+call)
	}
	for _, fl := range f.Flows {
		what := "a literal"
		if fl.Func != "" {
			what = short(fl.Func)
		}
		parts = append(parts, "takes "+what+" into "+fl.Into)
	}
	if len(parts) > 0 {
		if b.Len() > 0 {
			b.WriteString("; ")
		}
		b.WriteString(strings.Join(parts, "; "))
	}
	return b.String()
}

func mapStrings(xs []string, f func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

// inModule reports whether pkg is the user's code, whose packages carry
// facts: a package of the main module of the pass, or of another module of
// its go.work (each such package says so with a ModuleFact). Without
// module information (GOPATH, a driver that gives none), every package
// but the SDKs' and the standard library's is.
func inModule(pass *analysis.Pass, pkg *types.Package) bool {
	if pkg == nil {
		return false
	}
	path := pkg.Path()
	if catalogue.IsSDKPackage(path) || strings.HasPrefix(path, "github.com/aws/aws-lambda-go") {
		return false
	}
	m := pass.Module
	if m != nil && m.Version == "" && m.Path != "" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
		return true // the main module, also one named without a dot (module hello-lambda)
	}
	if code.IsStdPath(path) {
		return false
	}
	if m == nil || m.Path == "" && m.Version == "" {
		return true
	}
	return pkg != pass.Pkg && pass.ImportPackageFact != nil && pass.ImportPackageFact(pkg, new(ModuleFact))
}

// ModuleFact marks a package of one of the user's modules (with no version:
// the main module, or another module of the go.work), so that the packages
// of the workspace's other modules read its facts as their own module's.
type ModuleFact struct{}

// AFact marks ModuleFact as an analysis.Fact.
func (*ModuleFact) AFact() {}

func (*ModuleFact) String() string { return "the user's module" }

// markModule exports the ModuleFact of a package of the user's modules.
func markModule(pass *analysis.Pass) {
	if m := pass.Module; m != nil && m.Version == "" && m.Path != "" && pass.ExportPackageFact != nil && pass.Pkg.Name() != "main" {
		pass.ExportPackageFact(&ModuleFact{})
	}
}

// exportsFacts reports whether this pass summarises its functions: a
// package of the main module that other packages can import.
func exportsFacts(pass *analysis.Pass) bool {
	return pass.Pkg.Name() != "main" && len(pass.Files) > 0 && pass.TypesInfo != nil && inModule(pass, pass.Pkg)
}

// mayBuild reports whether a package could do Init work at all: it
// imports something outside the standard library, or a standard package
// with a catalogued resource.
func mayBuild(pkg *types.Package) bool {
	root, _, _ := strings.Cut(pkg.Path(), "/")
	for _, imp := range pkg.Imports() {
		switch p := imp.Path(); {
		case !code.IsStdPath(p), strings.HasPrefix(p, root+"/") && code.IsStdPath(pkg.Path()):
			// Not the standard library: another module, or a package of
			// this one when its path has no dot (module hello-lambda).
			return true
		case p == "database/sql" || p == "net/http" || p == "regexp" || p == "text/template" || p == "html/template":
			return true
		}
	}
	return false
}

// maySetUp reports whether a package that builds nothing itself may hand
// out settings read from the environment (settings.FromEnv()), the values
// its importers build from (WorkFact.Same), or change state they read
// (WorkFact.WritesState).
func maySetUp(pkg *types.Package) bool {
	if slices.ContainsFunc(pkg.Imports(), func(p *types.Package) bool { return p.Path() == "os" }) {
		return true
	}
	// Or state of its own that its functions change (state.Bind(job)), or
	// names it derives (naming.Bucket(naming.Archive)), which an
	// importer's operation inputs are built from.
	for _, name := range pkg.Scope().Names() {
		switch obj := pkg.Scope().Lookup(name).(type) {
		case *types.Var:
			return true
		case *types.Func:
			if res := obj.Signature().Results(); obj.Exported() && res.Len() > 0 {
				if _, basic := res.At(0).Type().Underlying().(*types.Basic); basic {
					return true
				}
			}
		}
	}
	return false
}

// mayDispatch reports whether a package that builds nothing itself may
// still route calls to what does: it declares function types, interfaces,
// or variables, fields or parameters holding functions or interfaces (a
// registry of handlers, a middleware chain, a port). Its facts carry the
// dynamic calls and the function values to the program (program.go).
func mayDispatch(pkg *types.Package) bool {
	holds := func(t types.Type) bool {
		switch u := t.Underlying().(type) {
		case *types.Signature, *types.Interface:
			return true
		case *types.Map:
			return types.IsInterface(u.Elem()) || isFuncType(u.Elem())
		case *types.Slice:
			return types.IsInterface(u.Elem()) || isFuncType(u.Elem())
		case *types.Struct:
			for f := range u.Fields() {
				if isFuncType(f.Type()) || types.IsInterface(f.Type()) {
					return true
				}
			}
		}
		return false
	}
	takes := func(f *types.Func) bool {
		for v := range f.Signature().Params().Variables() {
			if holds(v.Type()) {
				return true
			}
		}
		return false
	}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.TypeName, *types.Var:
			if holds(obj.Type()) {
				return true
			}
			// A method taking a function: cache.GetOrCreate(k, build).
			if tn, ok := obj.(*types.TypeName); !ok || tn.IsAlias() {
				continue
			}
			if named, ok := obj.Type().(*types.Named); ok {
				for m := range named.Methods() {
					if takes(m) {
						return true
					}
				}
			}
		case *types.Func:
			if takes(obj) {
				return true
			}
		}
	}
	return false
}

func isFuncType(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}

// FactOf returns the fact of a function of another package of the module.
func (ix *Detection) FactOf(fn *types.Func) *WorkFact {
	if f := ix.anyFact(fn); f != nil && len(f.Work) > 0 {
		return f
	}
	return nil // no fact, or one that only serves the program's call graph
}

// SameOf returns the fact of another package's function that returns the
// same value whenever its receiver and arguments are the same: a
// constructor, a settings loader, or a link of a builder chain.
func (ix *Detection) SameOf(fn *types.Func) *WorkFact {
	if f := ix.anyFact(fn); f != nil && (f.Same || f.Ctor && len(f.Work) > 0) {
		return f
	}
	return nil
}

func (ix *Detection) anyFact(fn *types.Func) *WorkFact {
	if fn == nil || fn.Pkg() == ix.Pass.Pkg || !inModule(ix.Pass, fn.Pkg()) {
		return nil
	}
	f := new(WorkFact)
	if !ix.Pass.ImportObjectFact(fn.Origin(), f) {
		return nil
	}
	return f
}

// inTestFile reports whether fn is declared in a _test.go file, whose
// functions no other package calls.
func (ix *Detection) inTestFile(fn *FuncNode) bool {
	return strings.HasSuffix(ix.Pass.Fset.Position(fn.Node().Pos()).Filename, "_test.go")
}

// regionWritesState returns the state the code that runs on every
// invocation changes that another package's work may read (writtenVars'
// keys): what the functions it calls say their facts change, the
// environment it sets, the package variables of other packages of the
// module it assigns.
func (ix *Detection) regionWritesState() map[string]bool {
	if ix.inRegion == nil {
		return nil // asked while the region is being found
	}
	if ix.regionWrites != nil {
		return ix.regionWrites
	}
	written := map[string]bool{}
	ix.fillWriterVars()
	same := map[string]bool{}
	for fn := range ix.inRegion {
		// The region holds what its functions call: each one's own
		// writes are enough.
		maps.Copy(written, ix.directWrites(fn))
		for _, s := range fn.extSites {
			if g := ix.anyFact(s.callee); g != nil {
				for _, k := range g.SameVars {
					same[k] = true
				}
			}
		}
	}
	// A variable every write of which gives it the same value.
	for fn := range ix.inRegion {
		for _, k := range ix.writerVars[fn] {
			same[k] = false
		}
		for _, s := range fn.extSites {
			if g := ix.anyFact(s.callee); g != nil {
				for _, k := range g.WritesVars {
					if !slices.Contains(g.SameVars, k) {
						same[k] = false
					}
				}
			}
		}
	}
	ix.regionSame = map[string]bool{}
	for k, ok := range same {
		if ok && written[k] {
			ix.regionSame[k] = true
		}
	}
	for _, w := range ix.envs {
		if !w.same && ix.inRegion[ix.innermost(w.In, w.Pos)] {
			written[envWritten+w.key] = true
		}
	}
	ix.regionWrites = written
	return written
}

// writtenVars returns the package variables of the module (objKey) that
// a run of fn may change outside a run-once path: its own and those of
// the functions of this package it calls and the literals that run with
// it, and what the facts of other packages' functions it calls say
// (WorkFact.WritesVars). A write through a path that does not say which
// variable is anyState.
func (ix *Detection) writtenVars(fn *FuncNode) map[string]bool {
	if w, ok := ix.writesMemo2[fn]; ok {
		return w
	}
	ix.fillWriterVars()
	if ix.writesMemo2 == nil {
		ix.writesMemo2 = map[*FuncNode]map[string]bool{}
	}
	ix.writesMemo2[fn] = nil // recursion: what the outer call finds is enough
	out := ix.directWrites(fn)
	for _, c := range fn.calls {
		if g := ix.Decls[c]; g != nil {
			for k := range ix.writtenVars(g) {
				out = setAdd(out, k)
			}
		}
	}
	for _, l := range fn.lits {
		for k := range ix.writtenVars(l) {
			out = setAdd(out, k)
		}
	}
	ix.writesMemo2[fn] = out
	return out
}

// envWritten, followed by the variable's name ("" when not known),
// stands in writtenVars for a change of the environment (other than to a
// constant), and filesWritten for one of files or of the working
// directory.
const (
	envWritten   = "$env:"
	filesWritten = "$files"
	// sharedWritten: a write that may be of the SDK's shared files (its
	// name not known, or like theirs).
	sharedWritten = "$files:shared"
)

// filesChanged reports whether what was written changes the files work
// reads.
func filesChanged(w Work, written map[string]bool) bool {
	if w.SharedFiles {
		return written[sharedWritten]
	}
	return w.Files && written[filesWritten]
}

// envChanged reports whether writing the variables written changes what
// work that reads the environment variables keys reads (nil: not known
// which). The SDK's configuration reads the AWS_ variables (awsEnv).
func envChanged(keys []string, written map[string]bool) bool {
	for k := range written {
		w, ok := strings.CutPrefix(k, envWritten)
		if !ok {
			continue
		}
		if w == "" || keys == nil {
			return true
		}
		for _, r := range keys {
			if r == w || r == awsEnv && strings.HasPrefix(w, "AWS_") {
				return true
			}
		}
	}
	return false
}

// awsEnv stands, in Work.EnvKeys, for the AWS_ variables the SDK's
// configuration reads.
const awsEnv = "AWS_*"

// fillWriterVars finds, once for all the package's functions, which
// package variables each writes itself, and which set the environment.
func (ix *Detection) fillWriterVars() {
	if ix.writerVars == nil {
		// Who writes what, found once for all the package's functions.
		ix.writerVars = map[*FuncNode][]string{}
		for v, ws := range ix.PkgWriters {
			for _, w := range ws {
				if !w.Once && !w.Test && w.In != nil {
					ix.writerVars[w.In] = append(ix.writerVars[w.In], objKey(v))
				}
			}
		}
		for v, as := range ix.Assigns {
			if v.Pkg() == ix.Pass.Pkg || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !inModule(ix.Pass, v.Pkg()) {
				continue
			}
			for _, a := range as {
				if a.In != nil && !a.Once {
					ix.writerVars[a.In] = append(ix.writerVars[a.In], objKey(v))
				}
			}
		}
		for _, w := range ix.envs {
			if !w.same && w.In != nil {
				ix.writerVars[w.In] = append(ix.writerVars[w.In], envWritten+w.key)
			}
		}
		for _, w := range ix.fsWrites {
			if w.In != nil {
				ix.writerVars[w.In] = append(ix.writerVars[w.In], w.fileKeys()...)
			}
		}
	}
}

// directWrites is what fn writes itself (writtenVars), not counting the
// functions of this package it calls.
func (ix *Detection) directWrites(fn *FuncNode) map[string]bool {
	var out map[string]bool
	for _, k := range ix.writerVars[fn] {
		out = setAdd(out, k)
	}
	for _, s := range fn.extSites {
		if g := ix.anyFact(s.callee); g != nil {
			env := false
			for _, k := range g.WritesVars {
				env = env || strings.HasPrefix(k, envWritten)
				if k == envWritten && g.EnvKeyParam > 0 {
					continue // the name the call passes: its EnvWrite (envKeysElsewhere)
				}
				out = setAdd(out, k)
			}
			if g.WritesEnv && !env {
				out = setAdd(out, envWritten) // which variable is not known
			} else if g.WritesState && len(g.WritesVars) == 0 {
				out = setAdd(out, anyState)
			}
		}
	}
	return out
}

func setAdd(m map[string]bool, k string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[k] = true
	return m
}

// writesState reports whether fn, or a function of its package it calls,
// writes a package variable of the module outside a run-once path, or
// calls a function of another package that does (WorkFact.WritesState).
func (ix *Detection) writesState(fn *FuncNode) bool {
	if ix.stateWriters == nil {
		// The functions that write a package variable themselves, found
		// once for all the package's functions.
		ix.stateWriters = map[*FuncNode]bool{}
		for _, ws := range ix.PkgWriters {
			for _, w := range ws {
				if !w.Once && !w.Test {
					ix.stateWriters[w.In] = true
				}
			}
		}
	}
	return ix.writesStateOf(fn, ix.stateWriters)
}

// writesStateOf reports whether fn, a function it calls or a literal that
// runs with it is one of writers, or calls another package's function
// whose fact says it changes state.
func (ix *Detection) writesStateOf(fn *FuncNode, writers map[*FuncNode]bool) bool {
	seen := map[*FuncNode]bool{}
	var walk func(f *FuncNode) bool
	walk = func(f *FuncNode) bool {
		if f == nil || seen[f] {
			return false
		}
		seen[f] = true
		if writers[f] {
			return true
		}
		for _, c := range f.calls {
			if walk(ix.Decls[c]) {
				return true
			}
		}
		for _, s := range f.extSites {
			if g := ix.anyFact(s.callee); g != nil && g.WritesState {
				return true
			}
		}
		for _, l := range f.lits {
			if walk(l) {
				return true
			}
		}
		return false
	}
	return walk(fn)
}

// fillsParams returns the parameters of pointer, map or slice type that fn
// writes through (see WorkFact.FillsParams).
func (ix *Detection) fillsParams(fn *FuncNode, obj *types.Func) []int {
	var out []int
	for i, p := range slices.Collect(obj.Signature().Params().Variables()) {
		switch p.Type().Underlying().(type) {
		case *types.Pointer, *types.Map, *types.Slice:
			if paramWritten(ix.Pass.TypesInfo, fn.Decl.Body, p) || ix.paramChanged(fn.Decl.Body, p, 0) {
				out = append(out, i)
			}
		}
	}
	return out
}

// paramChanged reports whether body may change what its parameter p
// points at other than by assigning through it (paramWritten): a method
// with a pointer receiver called on a field of it
// (sess.Handlers.Build.PushBack(h)), a method of the module called on it
// that writes its receiver, or p handed to a function that may change it
// (one of this package, judged the same way; another package's whose
// fact says it fills it, or that has none). SDK clients' methods and
// constructors, pure and printing functions only read what they get.
func (ix *Detection) paramChanged(body *ast.BlockStmt, p *types.Var, depth int) bool {
	info := ix.Pass.TypesInfo
	if depth > 3 {
		return true
	}
	rooted := func(e ast.Expr) bool {
		id := code.RootIdent(e)
		return id != nil && info.Uses[id] == p
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		callee, _ := typeutil.Callee(info, call).(*types.Func)
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && rooted(sel.X) && callee != nil && callee.Signature().Recv() != nil {
			_, ptr := callee.Signature().Recv().Type().(*types.Pointer)
			_, onField := ast.Unparen(sel.X).(*ast.SelectorExpr)
			switch {
			case !ptr:
			case onField:
				found = true // sess.Handlers.Build.PushBack(h)
			case callee.Pkg() != nil && catalogue.IsSDKPackage(callee.Pkg().Path()):
			case callee.Pkg() == ix.Pass.Pkg:
				if fn := ix.Helper(callee); fn == nil || ix.writesRecv(fn) {
					found = true
				}
			default:
				f := ix.anyFact(callee)
				found = f == nil || !f.KeepsRecv
			}
		}
		for i, a := range call.Args {
			if found || !rooted(a) {
				continue
			}
			if id, isID := ast.Unparen(a).(*ast.Ident); !isID || info.Uses[id] != p {
				// A part of it handed on, which may be changed through
				// unless the callee is known to leave it (an interface,
				// channel or function: not known).
				found = handedRef(info.TypeOf(a)) && (!refersToStorage(info.TypeOf(a)) || !ix.argLeft(callee, i, depth+1))
				continue
			}
			found = !ix.argLeft(callee, i, depth+1)
		}
		return !found
	})
	return found
}

// handedRef reports whether a value of type t handed to a call may be
// changed through: a pointer, map, slice or channel, or an interface or
// function, whose calls may do anything.
func handedRef(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice, *types.Chan, *types.Interface, *types.Signature:
		return true
	}
	return false
}

// argLeft reports whether callee, given a pointer, map or slice as its
// parameter i, is known to leave what it refers to as it was: a pure
// function, a catalogue constructor or the SDK, which only read what they
// get; this package's function by its body (helperChanges); another
// package's of the module by its fact (WorkFact.FillsParams). A function
// value, or a function not known, may write through it.
func (ix *Detection) argLeft(callee *types.Func, i, depth int) bool {
	if callee == nil || callee.Signature().Variadic() && i >= callee.Signature().Params().Len()-1 {
		return false
	}
	switch {
	case catalogue.IsPureFunc(callee), onlyReadsArgs(callee), catalogue.Classify(callee) != nil, catalogue.ClassifyResource(callee) != nil:
		return true
	case callee.Pkg() != nil && catalogue.IsSDKPackage(callee.Pkg().Path()):
		return true
	case callee.Pkg() == ix.Pass.Pkg:
		return !ix.helperChanges(callee, i, depth)
	}
	f := ix.anyFact(callee)
	return f != nil && !slices.Contains(f.FillsParams, i)
}

// takesPointers reports whether fn has a parameter or receiver it may
// write through: its fact says whether it does (FillsParams, KeepsRecv),
// so that a caller handing it a value knows it stays as it was.
func takesPointers(fn *types.Func) bool {
	sig := fn.Signature()
	vars := slices.Collect(sig.Params().Variables())
	if sig.Recv() != nil {
		vars = append(vars, sig.Recv())
	}
	for _, v := range vars {
		switch v.Type().Underlying().(type) {
		case *types.Pointer, *types.Map, *types.Slice:
			return true
		}
	}
	return false
}

// assignsThroughRecv is assignsThroughRecv with what the callees of the
// module are known to leave (argLeft): x.Config handed to
// service.New(cfg), which only keeps it, is not written.
func (ix *Detection) assignsThroughRecv(decl *ast.FuncDecl) bool {
	return assignsThroughRecv(ix.Pass.TypesInfo, decl, func(call *ast.CallExpr, i int) bool {
		callee, _ := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func)
		return ix.argLeft(callee, i, 1)
	})
}

// leavesArg reports whether call, a call of a function of this package
// handed the local pointer v, neither writes through it nor changes it
// (paramWritten, paramChanged): what v points at is as it was.
func (ix *Detection) leavesArg(call *ast.CallExpr, v *types.Var) bool {
	callee, ok := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func)
	if !ok {
		return false
	}
	var fact *WorkFact
	if callee.Pkg() != ix.Pass.Pkg {
		// Another package's of the module, by its fact: ctrl.Handle(ctx,
		// event) on a controller whose method writes nothing through it.
		if fact = ix.anyFact(callee); fact == nil {
			return false
		}
	}
	if sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr); isSel && callee.Signature().Recv() != nil {
		if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID && ix.Pass.TypesInfo.Uses[id] == v {
			if fact != nil {
				return fact.KeepsRecv
			}
			fn := ix.Decls[callee.Origin()]
			return fn != nil && fn.Decl != nil && fn.Decl.Body != nil && !ix.assignsThroughRecv(fn.Decl)
		}
	}
	for i, a := range call.Args {
		if id, isID := ast.Unparen(a).(*ast.Ident); isID && ix.Pass.TypesInfo.Uses[id] == v && !ix.argLeft(callee, i, 0) {
			return false
		}
	}
	return true
}

// helperChanges reports whether callee, a function of this package, may
// write through or change what its parameter i is given (paramWritten,
// paramChanged); true when that is not known (no body, variadic).
func (ix *Detection) helperChanges(callee *types.Func, i, depth int) bool {
	fn := ix.Helper(callee)
	if fn == nil || callee.Signature().Variadic() || i >= callee.Signature().Params().Len() {
		return true
	}
	q := callee.Signature().Params().At(i)
	return paramWritten(ix.Pass.TypesInfo, fn.Decl.Body, q) || ix.paramChanged(fn.Decl.Body, q, depth)
}

// exportsSame says whether fn's fact is to say it returns the same value
// whenever its receiver and arguments are (WorkFact.Same): only where an
// importer may build from it, a link of a builder, or an exported function
// returning a value first, that reads no package variable another package
// may set.
func (ix *Detection) exportsSame(fn *FuncNode, obj *types.Func, links map[*types.TypeName]bool) (bool, []string) {
	if ix.Helper(obj) == nil {
		return false, nil
	}
	sig := obj.Signature()
	res := sig.Results()
	if !ix.buildsType(obj, links) {
		if !obj.Exported() || res.Len() == 0 || code.IsError(res.At(0).Type()) {
			return false, nil
		}
		// A method: the same for the same receiver when no method of its
		// type changes it (c.SNS() returning a field set when c was
		// built).
		if recv := sig.Recv(); recv != nil && ix.typeMutated(recv.Type()) {
			return false, nil
		}
	}
	if !slices.ContainsFunc(ix.HelperReads(fn).Vars, (*types.Var).Exported) && ix.HelperInvariant(fn) {
		return true, nil
	}
	// What it answers is the same while the package variables it reads
	// are (exported ones main or a test may set, or ones a function of
	// the package sets): the program judges those (ReadsVars).
	if !ix.helperBodyWith(fn, obj, func(iv *Invariance) { iv.stateful = true }) {
		return false, nil
	}
	var vol *Invariance
	ix.helperBodyWith(fn, obj, func(iv *Invariance) { iv.stateful, iv.volatile, vol = true, true, iv })
	if vol == nil || len(vol.stateRead) == 0 {
		return false, nil
	}
	return true, slices.Sorted(maps.Keys(vol.stateRead))
}

// buildsType reports whether fn returns first a value of a type of this
// package (or a pointer to one) with a method that does Init work: a
// builder, whose chain of calls the facts follow (WorkFact.Same).
func (ix *Detection) buildsType(fn *types.Func, memo map[*types.TypeName]bool) bool {
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	t := res.At(0).Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := t.(*types.Named)
	if !ok || named.Obj().Pkg() != ix.Pass.Pkg {
		return false
	}
	tn := named.Obj()
	if ok, done := memo[tn]; done {
		return ok
	}
	memo[tn] = false
	for m := range named.Methods() {
		if f := ix.Decls[m]; f != nil && f.Decl != nil && f.Decl.Body != nil && len(ix.sums().summary(f)) > 0 {
			memo[tn] = true
			break
		}
	}
	return memo[tn]
}

// summariser computes the facts of the package's functions.
type summariser struct {
	ix    *Detection
	memo  map[*FuncNode][]Work
	gmemo map[*FuncNode][]Work // see guarded
	rmemo map[*FuncNode][]Work // see returned
	busy  map[*FuncNode]bool
	ctors map[*FuncNode]bool // ctor's answers: helpers that share helpers ask again
}

// exportFacts exports a workFact for each exported function and method
// that does Init work, except the package's own handlers: it reports
// those itself.
//
// A package that cannot build anything itself (builds false) exports only
// what the program's call graph needs, and which of its functions return
// the same value whenever they are given the same (WorkFact.Same).
func (ix *Detection) exportFacts(builds bool) {
	s := ix.sums()
	handlers := map[*FuncNode]bool{}
	for _, h := range ix.found {
		for _, r := range h.Roots {
			handlers[r] = true
		}
	}
	memo := map[*types.TypeName]uint8{}
	links := map[*types.TypeName]bool{}
	for _, name := range ix.Pass.Pkg.Scope().Names() {
		if v, ok := ix.Pass.Pkg.Scope().Lookup(name).(*types.Var); ok && v.Exported() && ix.onceValue(v) {
			ix.Pass.ExportObjectFact(v, &OnceFact{})
		}
		if tn, ok := ix.Pass.Pkg.Scope().Lookup(name).(*types.TypeName); ok && (builds || maySetUp(ix.Pass.Pkg)) && tn.Exported() && ix.safeType(tn, memo) {
			ix.Pass.ExportObjectFact(tn, &ShareFact{})
		}
	}
	starter := false
	for obj, fn := range ix.Decls {
		if fn.Decl.Body == nil {
			continue
		}
		fact := &WorkFact{}
		// Unexported functions too: the program reaches them through the
		// values it takes and the interfaces their types implement.
		if !handlers[fn] {
			if builds {
				fact.Work = s.summary(fn)
				fact.Guarded = s.guarded(fn)
				fact.Inputs = s.returned(fn)
			}
			fact.Clears = slices.Sorted(maps.Keys(ix.ClearsEachRun(fn)))
			if len(fact.Work) > 0 || len(fact.Inputs) > 0 {
				fact.Ctor = s.ctor(fn)
			}
			if !fact.Ctor || len(fact.Work) == 0 {
				// Also where nothing is built (a settings package), and
				// where more than a value is (api.NewRouter(deps)); an
				// operation input it returns is the same value each time.
				fact.Same, fact.ReadsVars = ix.exportsSame(fn, obj, links)
				fact.ReadsEnv = fact.Same && ix.HelperReads(fn).Env
			}
			fact.WritesEnv = ix.HelperReads(fn).WritesEnv
			fact.EnvKeyParam = ix.envKeyParam(fn)
			if fact.ReadsEnv {
				fact.EnvKeys = ix.returnedEnvKeys(fn)
			}
			fact.WritesState = fact.WritesEnv || ix.writesState(fn)
			fact.WritesVars = slices.Sorted(maps.Keys(ix.writtenVars(fn)))
			for _, k := range fact.WritesVars {
				if ix.sameWritten(k) {
					fact.SameVars = append(fact.SameVars, k)
				}
			}
			fact.KeepsRecv = fn.Decl.Recv != nil && !ix.assignsThroughRecv(fn.Decl)
			for i, p := range slices.Collect(obj.Signature().Params().Variables()) {
				if _, ptr := p.Type().Underlying().(*types.Pointer); ptr && ix.onlyReadsParam(fn, p) {
					fact.ReadsParams = append(fact.ReadsParams, i)
				}
			}
			fact.FillsParams = ix.fillsParams(fn, obj)
			for _, i := range fact.FillsParams {
				p := obj.Signature().Params().At(i)
				if _, ptr := p.Type().Underlying().(*types.Pointer); !ptr {
					continue
				}
				if fs, ok := paramFields(ix.Pass.TypesInfo, fn.Decl.Body, p); ok && len(fs) > 0 {
					if fact.FillsFields == nil {
						fact.FillsFields = map[int][]string{}
					}
					fact.FillsFields[i] = fs
					if f, ok := ix.fillsInput(fn, p); ok {
						fact.FillsInput = append(fact.FillsInput, f)
					}
				}
			}
			if fact.Ctor || fact.Same {
				fact.WritesRecv = ix.writesRecv(fn)
				fact.FreshArgs = ix.returnsFresh(fn) == freshYes && ix.holdsOnlyArgs(fn)
			}
			if obj.Signature().Results().Len() > 0 {
				// What a call returns is built on every call (a decoder's
				// event value), for the receiver of a call through an
				// interface made on it (DynCall.Fresh).
				fact.Fresh = ix.returnsFresh(fn)
			}
		}
		d := ix.dispatchOf(fn)
		fact.Calls, fact.Dyn, fact.Makes, fact.Flows = ix.dispatchFact(d)
		fact.DynAt = ix.dynPositions(d, fact.Dyn)
		if builds || len(fact.Dyn) > 0 {
			fact.DynSites = ix.dynSites(fn, fact.Dyn)
		}
		if own := ix.dispatch[fn]; own != nil {
			for i, once := range own.paramCalls {
				if once {
					fact.OnceParams = append(fact.OnceParams, i)
				}
			}
			slices.Sort(fact.OnceParams)
		}
		for _, r := range ix.regs {
			if r.In == fn && fact.Starts == 0 && ix.Pass.Pkg.Name() != "main" {
				fact.Starts, fact.StartsResult, fact.StartsMethod = ix.startsParam(fn, r)
				if fact.Starts > 0 && !starter {
					starter = true
					ix.Pass.ExportPackageFact(&StarterFact{})
				}
			}
		}
		fact.Reported = handlers[fn]
		fact.Serves = len(fn.proxies) > 0
		if len(fact.Work) == 0 && len(fact.Inputs) == 0 && d.empty() && len(fact.OnceParams) == 0 && !fact.Reported && !fact.Serves && !fact.Same && !fact.WritesState && (len(fact.WritesVars) == 0 || ix.inTestFile(fn)) && len(fact.FillsFields) == 0 && len(fact.Guarded) == 0 && len(fact.Clears) == 0 && fact.Starts == 0 && (!takesPointers(obj) || ix.inTestFile(fn)) {
			continue
		}
		ix.Pass.ExportObjectFact(obj, fact)
	}
	// The package's initialisation: package-level values and init.
	init := &dispatchInfo{}
	merge := func(d *dispatchInfo) {
		init.ext = append(init.ext, d.ext...)
		init.dyn = append(init.dyn, d.dyn...)
		init.makes = append(init.makes, d.makes...)
		init.flows = append(init.flows, d.flows...)
	}
	merge(&ix.pkgDispatch)
	for _, fn := range ix.Funcs {
		if fn.IsNamed("init") {
			merge(ix.dispatchOf(fn))
		}
	}
	if !init.empty() {
		f := &PackageFact{}
		f.Calls, f.Dyn, f.Makes, f.Flows = ix.dispatchFact(init)
		ix.Pass.ExportPackageFact(f)
	}
}

// dispatchFact spells what a function records as a fact does, each list
// without repeats: the literals whose values it takes carry their own work.
// dynPositions returns where each dynamic call of dyn is made, as far as
// this package's functions tell ("" for one folded in from elsewhere).
func (ix *Detection) dynPositions(d *dispatchInfo, dyn []DynCall) []string {
	at := make([]string, len(dyn))
	for i, dc := range dyn {
		at[i] = d.dynAt[dc]
	}
	return at
}

// paramIndex maps fn's receiver to -1 and its parameters to their
// positions, as Work.Deps counts them.
func (ix *Detection) paramIndex(fn *FuncNode) map[*types.Var]int {
	recv, params := ix.params(fn)
	all := map[*types.Var]int{}
	if recv != nil {
		all[recv] = -1
	}
	for i, p := range params {
		all[p] = i
	}
	return all
}

// withLitParams returns all with the parameters of the literals from f
// out to outer (f running with outer) added as varying (litParam): what
// the literal's caller passes, anew on each call.
func (ix *Detection) withLitParams(all map[*types.Var]int, f, outer *FuncNode) map[*types.Var]int {
	if f == outer {
		return all
	}
	all = maps.Clone(all)
	for l := f; l != nil && l != outer; l = l.Outer {
		if sig, ok := ix.Pass.TypesInfo.TypeOf(l.Lit).(*types.Signature); ok {
			for v := range sig.Params().Variables() {
				all[v] = litParam
			}
		}
	}
	return all
}

// dynSites returns, for each of dyn that fn or a literal running with it
// makes, what its first call passes (DynSite).
func (ix *Detection) dynSites(fn *FuncNode, dyn []DynCall) []DynSite {
	return ix.dynSitesWith(fn, dyn, ix.paramIndex(fn))
}

// dynSitesWith is dynSites, with what fn's work may depend on indexed by
// all (a literal's: litParams).
func (ix *Detection) dynSitesWith(fn *FuncNode, dyn []DynCall, all map[*types.Var]int) []DynSite {
	return ix.dynSitesAt(fn, dyn, all, 0)
}

// dynSitesAt is dynSitesWith, depth calls down from the function asked
// about (calleeDynSite).
func (ix *Detection) dynSitesAt(fn *FuncNode, dyn []DynCall, all map[*types.Var]int, depth int) []DynSite {
	var out []DynSite
	s := ix.sums()
	deps := func(e ast.Expr, f *FuncNode) []int {
		d, ok := s.dependsOn(e, ix.withLitParams(all, f, fn))
		if !ok || slices.Contains(d, litParam) {
			return []int{argVaries}
		}
		return d
	}
	for i, dc := range dyn {
		found := false
		for _, f := range runsWith(fn) {
			j := slices.IndexFunc(f.dynSites, func(s dynSite) bool { return s.dyn == dc })
			if j < 0 {
				continue
			}
			call := f.dynSites[j].call
			if out == nil {
				out = make([]DynSite, len(dyn))
			}
			site := DynSite{Known: true}
			for _, a := range call.Args {
				site.Args = append(site.Args, deps(a, f))
			}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && dc.Fresh {
				site.Recv = deps(sel.X, f)
			}
			out[i], found = site, true
			break
		}
		if found || depth > 2 {
			continue
		}
		// Made by a function of this package fn calls (SNS(cfg) calling
		// For(cfg, "sns"), which calls ctor(cfg)): that function's site,
		// through what the call passes.
		if site, ok := ix.calleeDynSite(fn, dc, deps, depth); ok {
			if out == nil {
				out = make([]DynSite, len(dyn))
			}
			out[i] = site
		}
	}
	return out
}

// calleeDynSite returns the DynSite of dc, a dynamic call that a function
// fn calls makes (of this package, or of another by its fact: SNS(cfg)
// calling For(cfg, "sns"), which calls ctor(cfg)), in terms of what fn is
// given: each of the callee's site's dependencies mapped through the
// call's arguments.
func (ix *Detection) calleeDynSite(fn *FuncNode, dc DynCall, deps func(ast.Expr, *FuncNode) []int, depth int) (DynSite, bool) {
	// through maps a callee's dependencies to f's, through call.
	through := func(f *FuncNode, call *ast.CallExpr, callee *types.Func) func([]int) []int {
		return func(ds []int) []int {
			var out []int
			for _, d := range ds {
				args := argExprs(ix.Pass.TypesInfo, call, callee, d)
				if d == argVaries || args == nil {
					return []int{argVaries}
				}
				for _, a := range args {
					out = append(out, deps(a, f)...)
				}
			}
			slices.Sort(out)
			return slices.Compact(out)
		}
	}
	for _, f := range runsWith(fn) {
		for _, cs := range f.sites {
			g := ix.Decls[cs.callee]
			if g == nil || g == fn || g.Decl == nil || cs.later || !slices.Contains(ix.dispatchOf(g).dyn, dc) {
				continue
			}
			if inner := ix.dynSitesAt(g, []DynCall{dc}, ix.paramIndex(g), depth+1); len(inner) > 0 && inner[0].Known {
				return throughSite(inner[0], through(f, cs.call, cs.callee)), true
			}
		}
		for _, es := range f.extSites {
			fact := ix.anyFact(es.callee)
			if fact == nil {
				continue
			}
			if j := slices.Index(fact.Dyn, dc); j >= 0 && j < len(fact.DynSites) && fact.DynSites[j].Known {
				return throughSite(fact.DynSites[j], through(f, es.call, es.callee)), true
			}
		}
	}
	return DynSite{}, false
}

// throughSite maps each dependency list of a callee's site through the
// call (through).
func throughSite(inner DynSite, through func([]int) []int) DynSite {
	site := DynSite{Known: true}
	for _, a := range inner.Args {
		site.Args = append(site.Args, through(a))
	}
	if inner.Recv != nil {
		site.Recv = through(inner.Recv)
	}
	return site
}

// mapDynDeps maps the parameters a target's work depends on to what a
// dynamic call passes for them (DynSite): the caller's parameters, or
// false when one varies. A receiver was built where the program built the
// value (a method value's where it was taken), which targetWorkDeps has
// judged (DynCall.Fresh).
func mapDynDeps(deps []int, site DynSite) ([]int, bool) {
	var out []int
	add := func(ds []int) bool {
		for _, d := range ds {
			if d == argVaries {
				return false
			}
			if !slices.Contains(out, d) {
				out = append(out, d)
			}
		}
		return true
	}
	for _, d := range deps {
		switch {
		case d == -1:
		case d == recvFresh:
			if site.Recv == nil || !add(site.Recv) {
				return nil, false
			}
		case d >= 0 && d < len(site.Args):
			if !add(site.Args[d]) {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	slices.Sort(out)
	return out, true
}

func (ix *Detection) dispatchFact(d *dispatchInfo) (calls []string, dyn []DynCall, makes []string, flows []Flow) {
	for _, f := range d.ext {
		calls = append(calls, funcKey(f.Origin()))
		// What a function of another package records, folded in: its
		// fact reaches this package's importers only when it is a
		// method (drivers pass on other facts to direct importers only).
		if f.Signature().Recv() == nil {
			var callee WorkFact
			if ix.Pass.ImportObjectFact != nil && inModule(ix.Pass, f.Pkg()) && ix.Pass.ImportObjectFact(f.Origin(), &callee) {
				calls = append(calls, callee.Calls...)
				makes = append(makes, callee.Makes...)
				dyn = append(dyn, callee.Dyn...)
				for _, fl := range callee.Flows {
					if fl.Into == "return" {
						// What the callee returns is the caller's own
						// value: a flow of the caller says where it goes.
						fl.Into = "any"
					}
					flows = append(flows, fl)
				}
			}
		}
	}
	for _, t := range d.makes {
		makes = append(makes, typeKey(t))
	}
	dyn = append(dyn, d.dyn...)
	for _, f := range d.flows {
		fl := Flow{Into: f.into, Sig: f.sig, Ret: f.ret}
		if f.fn != nil {
			fl.Func = funcKey(f.fn)
			if f.fn.Pkg() != ix.Pass.Pkg && f.fn.Signature().Recv() == nil {
				ix.embedImported(&fl, f)
			}
			if node := ix.Decls[f.fn]; node != nil && f.fn.Signature().Recv() == nil && node.Decl.Body != nil {
				// Its own fact would not reach the importer: drivers pass
				// on facts of functions only to direct importers, and of
				// unexported ones to none.
				fl.Embedded = true
				d := ix.dispatchOf(node)
				if ret := ix.returnedLits(node); len(ret) > 0 {
					// Middleware (func(next http.Handler) http.Handler): its
					// body runs once, when it is applied; what runs on every
					// call is the function it returns.
					for _, lit := range ret {
						fl.Work = append(fl.Work, ix.litWork(lit, true)...)
						dyn := ix.dispatchOf(lit).dyn
						sites := ix.dynSitesWith(lit, dyn, ix.litParams(lit, true))
						for i := range dyn {
							if i < len(sites) {
								fl.DynSites = append(fl.DynSites, sites[i])
							} else {
								fl.DynSites = append(fl.DynSites, DynSite{})
							}
						}
						fl.Dyn = append(fl.Dyn, dyn...)
					}
				} else {
					for _, w := range ix.sums().summary(node) {
						if !w.PerRecv { // with its deps: a call of the value passes them
							fl.Work = append(fl.Work, w)
						}
					}
					fl.Dyn = d.dyn
				}
				for _, c := range d.ext {
					fl.Calls = append(fl.Calls, funcKey(c.Origin()))
				}
				for _, t := range d.makes {
					fl.Makes = append(fl.Makes, typeKey(t))
				}
			}
		} else if lit := ix.byLit[f.lit]; lit != nil {
			// What a returned literal or a route captures of the function
			// making it was fixed there, once: where the factory was
			// called, where the routes were registered (as a method
			// value's receiver is where it was taken).
			made := f.into == "return" || f.into == "route"
			fl.Work = ix.litWork(lit, made)
			fl.Dyn = ix.dispatchOf(lit).dyn
			fl.DynSites = ix.dynSitesWith(lit, fl.Dyn, ix.litParams(lit, made))
			if f.into == "return" {
				// A factory of factories (Auth(cfg) returning func(next)
				// Handler): what the returned literal returns in turn is
				// a function value the program takes, run where it is
				// called.
				flows = append(flows, ix.nestedReturns(lit)...)
			}
		} else {
			fl.Dyn = f.dyn
		}
		flows = append(flows, fl)
	}
	slices.Sort(calls)
	slices.Sort(makes)
	slices.SortFunc(dyn, func(a, b DynCall) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Key, b.Key), cmp.Compare(a.Method, b.Method))
	})
	slices.SortStableFunc(flows, func(a, b Flow) int { return cmp.Or(cmp.Compare(a.Into, b.Into), cmp.Compare(a.Func, b.Func)) })
	return slices.Compact(calls), slices.Compact(dyn), slices.Compact(makes), flows
}

// embedImported carries in fl the work of f's function, of another
// package, from its fact: this package imports it, the packages that
// import this one may not see it (api.GET("/orders", orders.List) in a
// routes package that main calls). For a factory or middleware, what runs
// on every call is what it returns.
func (ix *Detection) embedImported(fl *Flow, f flowRec) {
	var fact WorkFact
	if ix.Pass.ImportObjectFact == nil || !inModule(ix.Pass, f.fn.Pkg()) || !ix.Pass.ImportObjectFact(f.fn, &fact) {
		return
	}
	fl.Embedded = true
	fl.Calls, fl.Makes = fact.Calls, fact.Makes
	if f.ret || resultIsHandler(f.fn) {
		for _, r := range fact.Flows {
			if r.Into == "return" {
				fl.Work = append(fl.Work, r.Work...)
				fl.Dyn = append(fl.Dyn, r.Dyn...)
			}
		}
		return
	}
	for _, w := range fact.Work {
		if !w.PerRecv { // with its deps: a call of the value passes them
			fl.Work = append(fl.Work, w)
		}
	}
	fl.Dyn = fact.Dyn
}

// returnedLits returns the function literals a function returns as its
// result (directly, or converted: http.HandlerFunc(func…)), when it
// returns a function or an http.Handler.
func (ix *Detection) returnedLits(fn *FuncNode) []*FuncNode {
	var out []*FuncNode
	for _, f := range ix.dispatch[fn].flowsOrNil() {
		if f.into == "return" && f.lit != nil {
			if l := ix.byLit[f.lit]; l != nil {
				out = append(out, l)
			}
		}
	}
	return out
}

// nestedReturns are the flows of the literals lit returns, for a literal
// a factory returns: values of their signatures, whatever calls them.
func (ix *Detection) nestedReturns(lit *FuncNode) []Flow {
	var out []Flow
	var lits []*FuncNode
	ast.Inspect(lit.Lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its returns are its own
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if l, ok := ast.Unparen(r).(*ast.FuncLit); ok && ix.byLit[l] != nil {
					lits = append(lits, ix.byLit[l])
				}
			}
		}
		return true
	})
	for _, l := range lits {
		sig, ok := ix.Pass.TypesInfo.TypeOf(l.Lit).(*types.Signature)
		if !ok {
			continue
		}
		fl := Flow{Into: "any", Sig: sigKey(sig), Work: ix.litWork(l, true), Dyn: ix.dispatchOf(l).dyn}
		fl.DynSites = ix.dynSitesWith(l, fl.Dyn, ix.litParams(l, true))
		out = append(out, fl)
	}
	return out
}

// withoutOwnWrites drops the work that what fn writes itself changes:
// work built from the environment or state another package changes
// varies for a function that changes them (envx.UseRegion(job.Region),
// then config.LoadDefaultConfig; os.Setenv("TENANT", key), then an input
// naming.Queue() builds from it).
func (ix *Detection) withoutOwnWrites(fn *FuncNode, out []Work) []Work {
	if len(out) == 0 {
		return out
	}
	written := ix.writtenVars(fn)
	if fn.Lit != nil {
		// The environment and files a literal changes are recorded on the
		// function around it: its own are those in its range.
		written = maps.Clone(written)
		for _, w := range ix.envs {
			if !w.same && fn.Lit.Pos() <= w.Pos && w.Pos < fn.Lit.End() {
				written = setAdd(written, envWritten+w.key)
			}
		}
		for _, w := range ix.fsWrites {
			if fn.Lit.Pos() <= w.Pos && w.Pos < fn.Lit.End() {
				for _, k := range w.fileKeys() {
					written = setAdd(written, k)
				}
			}
		}
	}
	// Variables every write gives the same value (awsSession, err =
	// config.LoadDefaultConfig(ctx) in a Setup the handler calls): what
	// is built from them after is the same on every call, and its State
	// says the caller sets them first (Work.SetFirst).
	same := map[string]bool{}
	for k := range written {
		if ix.sameWritten(k) {
			same[k] = true
		}
	}
	written = without(written, same)
	if len(written) == 0 {
		return out
	}
	return slices.DeleteFunc(out, func(w Work) bool {
		return changes(w.State, written) || w.Env && envChanged(w.EnvKeys, written) || filesChanged(w, written)
	})
}

// litParams indexes what a function literal's work may depend on: its own
// parameters by position (a call of the value passes them: Work.Deps),
// and those of the functions around it, which vary (litParam), unless the
// literal is what they return (returned), made once where they are
// called.
func (ix *Detection) litParams(lit *FuncNode, returned bool) map[*types.Var]int {
	params := map[*types.Var]int{}
	for l := lit; l != nil; l = l.Outer {
		var sig *types.Signature
		if l.Lit != nil {
			sig, _ = ix.Pass.TypesInfo.TypeOf(l.Lit).(*types.Signature)
		} else if obj, ok := ix.Pass.TypesInfo.Defs[l.Decl.Name].(*types.Func); ok {
			sig = obj.Signature()
		}
		if sig == nil {
			continue
		}
		if r := sig.Recv(); r != nil {
			params[r] = -1
		}
		for i := range sig.Params().Len() {
			params[sig.Params().At(i)] = i
			if l != lit {
				params[sig.Params().At(i)] = litParam
			}
		}
		if returned {
			break
		}
	}
	return params
}

// litWork returns the Init work a run of a function literal does whatever
// its arguments: its constructions that are the same on every run, with
// the literals and the functions of this package it runs.
func (ix *Detection) litWork(lit *FuncNode, returned bool) []Work {
	s := ix.sums()
	var out []Work
	// Its parameters are the caller's: work that depends on them is not
	// the same on every run. So are the parameters of the functions
	// around it, unless it is what they return (a factory's closure is
	// made once, where the factory is called): a literal the handler
	// hands to a pipeline captures the event.
	params := ix.litParams(lit, returned)
	own := func(deps []int) bool { return !slices.Contains(deps, litParam) && !slices.Contains(deps, -1) }
	for _, f := range runsWith(lit) {
		// A literal inside it: its own parameters vary too.
		params := ix.withLitParams(params, f, lit)
		for _, c := range ix.candsOf(f) {
			if c.Input() && s.paramsSame(c, f, params, false) {
				w := ix.workAt(c, nil) // an input of constants
				w.State, w.Env = ix.readsShared(func(iv *Invariance) bool { return iv.paramsOK(c, f) })
				if w.Env {
					w.EnvKeys = ix.envKeysOf(c.Node.(ast.Expr))
				}
				out = append(out, w)
				continue
			}
			if c.Input() || c.Opaque {
				continue
			}
			if c.Fact != nil {
				for _, w := range c.Fact.Work {
					if len(w.Deps) == 0 && !w.PerRecv {
						out = append(out, w)
					}
				}
				continue
			}
			if deps, ok := s.dependsOn(c.Node.(ast.Expr), params); ok && own(deps) {
				out = append(out, ix.workAt(c, deps))
			} else if c.Alt != nil {
				if deps, ok := s.dependsOn(c.Alt.Node.(ast.Expr), params); ok && own(deps) {
					out = append(out, ix.workAt(c.Alt, deps))
				}
			}
		}
		for _, site := range f.sites {
			if callee := ix.Decls[site.callee]; callee != nil && callee.Decl != nil {
				for _, w := range s.summary(callee) {
					if len(w.Deps) == 0 && !w.PerRecv {
						out = append(out, w)
					}
				}
			}
		}
	}
	return dedupWork(ix.withoutOwnWrites(lit, out))
}

// params returns fn's receiver (index -1) and parameters, in order.
func (ix *Detection) params(fn *FuncNode) (recv *types.Var, params []*types.Var) {
	obj, _ := ix.Pass.TypesInfo.Defs[fn.Decl.Name].(*types.Func)
	if obj == nil {
		return nil, nil
	}
	sig := obj.Signature()
	recv = sig.Recv()
	for v := range sig.Params().Variables() {
		params = append(params, v)
	}
	return recv, params
}

// summary returns the work one call of fn does.
func (s *summariser) summary(fn *FuncNode) []Work {
	if ws, ok := s.memo[fn]; ok {
		return ws
	}
	if s.busy[fn] {
		return nil // recursion: what the outer call finds is enough
	}
	s.busy[fn] = true
	defer delete(s.busy, fn)
	all := s.ix.paramIndex(fn)
	recv, _ := s.ix.params(fn)
	var out, guarded, rets []Work
	for _, f := range runsWith(fn) {
		// A literal's parameters are what its caller passes, each call
		// anew (a route's request, a returned handler's event): work that
		// depends on them is not fn's to summarise.
		fall, own := s.ix.withLitParams(all, f, fn), func([]int) bool { return true }
		if f != fn {
			own = func(deps []int) bool { return !slices.Contains(deps, litParam) }
			if call := fn.varLits[f]; call != nil {
				fall = s.varLitParams(fall, f, call, all)
			}
		}
		for _, c := range s.ix.candsOf(f) {
			if c.Input() {
				// An input every field of which is the same on every call
				// whatever fn is given, or given the same receiver and
				// arguments it depends on (TopicArn: r.topic).
				if deps, ok := s.inputDeps(c, f, fall, false); ok && own(deps) {
					out = append(out, s.inputWork(c, f, deps, false))
				} else if f == fn {
					// One fn returns: its callers' work where they hand
					// it to an operation (WorkFact.Inputs).
					if deps, ok := s.inputDeps(c, f, fall, true); ok {
						rets = append(rets, s.inputWork(c, f, deps, true))
					}
				}
				continue
			}
			if c.Input() || c.Opaque {
				continue
			}
			e := c.Node.(ast.Expr)
			if c.Several {
				// A guess among the interface's implementations: the
				// program resolves the call precisely (Dyn).
				continue
			}
			if c.Fact != nil {
				// Another package's function: its work, through the
				// arguments of this call.
				if len(c.Fact.Inputs) > 0 {
					s.useInputs(c.cur, f, fn, c.Fact.Inputs, c.Node.(*ast.CallExpr), c.Fn, fall, &out, &rets)
				}
				for _, w := range c.Fact.Work {
					if w.PerRecv {
						// Per receiver value: per call on one the
						// function builds, or when the function clears
						// what the guard reads (pool.Reset()).
						switch call := c.Node.(*ast.CallExpr); {
						case s.ix.freshFor(call, w):
							w.Guard, w.InField = nil, false
						case covered(w.Guard, s.ix.ClearsEachRun(fn)):
							w.InField = false
						case recv != nil && s.ix.recvField(call, recv):
							// Kept on a value the receiver holds
							// (s.deps.S3(ctx)): per value of fn's
							// receiver, built from what it is given.
							w.InField = true
						default:
							continue
						}
						w.PerRecv = w.InField
					}
					if deps, ok := s.mapDeps(c.Node.(*ast.CallExpr), c.Fn, w.Deps, fall); ok && own(deps) {
						w.Deps = deps
						out = append(out, w)
					}
				}
				continue
			}
			deps, ok := s.dependsOn(e, fall)
			for _, a := range s.ix.fluentArgs(c) {
				// Configured by a fluent chain: what it is given too.
				ds, aok := s.dependsOn(a, fall)
				ok = ok && aok
				deps = append(deps, ds...)
			}
			slices.Sort(deps)
			deps = slices.Compact(deps)
			if c.Alt != nil && (!ok || len(deps) > 0) {
				// The client varies with what it is given; its transport
				// may not.
				if altDeps, altOK := s.dependsOn(c.Alt.Node.(ast.Expr), fall); altOK && (!ok || len(altDeps) < len(deps)) {
					c, deps, ok = c.Alt, altDeps, true
				}
			}
			if !ok || !own(deps) {
				continue
			}
			out = append(out, s.ix.workAt(c, deps))
		}
		if f == fn && recv != nil {
			for _, c := range fn.recvCands {
				// Once per receiver value: the fill's own constructions,
				// its inputs (the lookup a cache's fill makes), and what
				// the other packages' functions it calls do.
				perRecv := func(w Work) Work {
					w.PerRecv, w.Guard, w.SharedGuard = true, recvGuard(recv, c.Guard), c.SharedGuard
					return w
				}
				switch {
				case c.Input():
					if deps, ok := s.inputDeps(c, f, fall, false); ok {
						out = append(out, perRecv(s.inputWork(c, f, deps, false)))
					}
				case c.Fact != nil:
					if c.Several {
						continue
					}
					for _, w := range c.Fact.Work {
						if deps, ok := s.mapDeps(c.Node.(*ast.CallExpr), c.Fn, w.Deps, fall); ok && !w.PerRecv {
							w.Deps = deps
							out = append(out, perRecv(w))
						}
					}
				default:
					if deps, ok := s.dependsOn(c.Node.(ast.Expr), fall); ok {
						out = append(out, perRecv(s.ix.workAt(c, deps)))
					}
				}
			}
			// This package's functions the path calls, whose work runs
			// once per receiver value too (c.AWSConfig(ctx) inside if
			// c.s3 == nil).
			for _, as := range fn.asideSites {
				callee := s.ix.Decls[as.site.callee]
				if !as.recv || callee == nil || callee.Decl == nil {
					continue
				}
				sel, _ := ast.Unparen(as.site.call.Fun).(*ast.SelectorExpr)
				onRecv := sel != nil && s.ix.Pass.TypesInfo.Uses[code.IdentOf(sel.X)] == recv
				for _, w := range s.summary(callee) {
					if w.PerRecv && !onRecv {
						continue
					}
					if deps, ok := s.mapDeps(as.site.call, as.site.callee, w.Deps, fall); ok {
						w.Deps, w.PerRecv, w.Guard = deps, true, append(recvGuard(recv, as.guard), w.Guard...)
						w.SharedGuard = w.SharedGuard || as.shared
						out = append(out, w)
					}
				}
			}
			for _, l := range fn.recvLits {
				for _, c := range l.cands {
					if deps, ok := s.dependsOn(c.Node.(ast.Expr), fall); ok && c.Fact == nil && !c.Input() && own(deps) {
						w := s.ix.workAt(c, deps)
						w.PerRecv = true
						out = append(out, w)
					}
				}
			}
		}
		guarded = append(guarded, s.guardedIn(f, fall, own)...)
		for _, site := range f.sites {
			callee := s.ix.Decls[site.callee]
			if callee == nil || callee.Decl == nil {
				continue
			}
			for _, w := range s.guarded(callee) {
				if deps, ok := s.mapDeps(site.call, site.callee, w.Deps, fall); ok && own(deps) {
					w.Deps = deps
					guarded = append(guarded, w)
				}
			}
			if ins := s.returned(callee); len(ins) > 0 {
				if cur, ok := f.cur.FindNode(site.call); ok {
					s.useInputs(cur, f, fn, ins, site.call, site.callee, fall, &out, &rets)
				}
			}
			for _, w := range s.summary(callee) {
				if w.PerRecv {
					// Once per receiver: the caller's own receiver keeps it
					// so; a receiver the caller builds makes it per call.
					switch sel, _ := ast.Unparen(site.call.Fun).(*ast.SelectorExpr); {
					case sel == nil:
						continue
					case recv != nil && s.ix.Pass.TypesInfo.Uses[code.IdentOf(sel.X)] == recv:
					case recv != nil && s.ix.recvField(site.call, recv):
						w.InField = true
					case s.ix.freshFor(site.call, w):
						w.PerRecv, w.InField = false, false
					default:
						continue
					}
				}
				if deps, ok := s.mapDeps(site.call, site.callee, w.Deps, fall); ok && own(deps) {
					w.Deps = deps
					out = append(out, w)
				}
			}
		}
	}
	if len(guarded) > 0 {
		// What a guard keeps runs on every call of a function that always
		// clears the guard's state.
		cleared := s.ix.ClearsEachRun(fn)
		kept := guarded[:0]
		for _, w := range guarded {
			if covered(w.Guard, cleared) {
				w.Guard = nil
				out = append(out, w)
			} else {
				kept = append(kept, w)
			}
		}
		guarded = sortWork(kept)
	}
	if fn.Decl != nil {
		out = s.ix.withoutOwnWrites(fn, out)
	}
	out = sortWork(out)
	s.memo[fn], s.gmemo[fn], s.rmemo[fn] = out, guarded, sortWork(rets)
	return out
}

// varLitParams maps the parameters of lit, a literal held in a package
// variable that fn calls once (newDynamoDB(cfg)), to what the call passes:
// a parameter given a value that depends on one parameter of fn stands
// for it, one given an invariant value is left out (the same on every
// call), and any other stays litParam.
func (s *summariser) varLitParams(fall map[*types.Var]int, lit *FuncNode, call *ast.CallExpr, all map[*types.Var]int) map[*types.Var]int {
	sig, ok := s.ix.Pass.TypesInfo.TypeOf(lit.Lit).(*types.Signature)
	if !ok || sig.Variadic() || sig.Params().Len() != len(call.Args) {
		return fall
	}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		deps, ok := s.dependsOn(call.Args[i], all)
		switch {
		case !ok || len(deps) > 1:
		case len(deps) == 0:
			delete(fall, p)
		default:
			fall[p] = deps[0]
		}
	}
	return fall
}

// returned returns the operation inputs a call of fn builds and returns
// (WorkFact.Inputs).
func (s *summariser) returned(fn *FuncNode) []Work {
	s.summary(fn)
	return s.rmemo[fn]
}

// useInputs adds the operation inputs ins that a call (at cur, in f, one
// of the functions running with fn) returns to the work of fn where f
// hands the result to SDK operations only, or to what fn returns in
// turn where fn returns it; anything else (a field set, the value kept)
// leaves them out.
func (s *summariser) useInputs(cur inspector.Cursor, f, fn *FuncNode, ins []Work, call *ast.CallExpr, callee *types.Func, fall map[*types.Var]int, out, rets *[]Work) {
	use := s.ix.invarianceWith(nil).inputUse(cur, f)
	if use == useOther || use == useReturned && f != fn {
		return
	}
	// Fields set on it after (cp.MessageGroupId = aws.String(r.group)):
	// what they depend on, the input does too.
	var setDeps []int
	if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && len(as.Lhs) == 1 {
		if id, ok := as.Lhs[0].(*ast.Ident); ok {
			v, _ := s.ix.Pass.TypesInfo.ObjectOf(id).(*types.Var)
			for _, a := range s.ix.Assigns[v] {
				if a.Field == "" || a.Through == nil {
					continue
				}
				for _, e := range append([]ast.Expr{a.Through}, a.Conds...) {
					ds, ok := s.dependsOn(e, fall)
					if !ok {
						return
					}
					setDeps = append(setDeps, ds...)
				}
			}
		}
	}
	for _, w := range ins {
		deps, ok := s.mapDeps(call, callee, w.Deps, fall)
		if !ok || f != fn && slices.Contains(deps, litParam) {
			continue
		}
		deps = slices.Compact(slices.Sorted(slices.Values(append(deps, setDeps...))))
		w.Deps = deps
		if use == useOperation {
			*out = append(*out, w)
		} else {
			*rets = append(*rets, w)
		}
	}
}

// sortWork sorts work by position, once each.
func sortWork(ws []Work) []Work {
	slices.SortStableFunc(ws, func(a, b Work) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return slices.CompactFunc(ws, func(a, b Work) bool { return a.File == b.File && a.Line == b.Line && a.Col == b.Col })
}

// guarded returns the work a call of fn does on paths that a guard on
// package variables runs once, until they are cleared (Work.Guard).
func (s *summariser) guarded(fn *FuncNode) []Work {
	s.summary(fn)
	return s.gmemo[fn]
}

// requestKeyedCall reports whether the call of c passes, for the key
// its guarded work w is looked up by, one new on every invocation.
func (ix *Detection) requestKeyedCall(c *Candidate, w Work) bool {
	if w.KeyParam == 0 {
		return false
	}
	for _, a := range argExprs(ix.Pass.TypesInfo, c.Node.(*ast.CallExpr), c.Fn, w.KeyParam-1) {
		if ix.uniqueKey(a, 0) {
			return true
		}
	}
	return false
}

// guardedIn returns the guarded work of f, one of the functions that run
// with a function being summarised: its own guarded candidates, and what
// the other packages' functions it calls keep behind guards. fall and own
// are the summary's.
func (s *summariser) guardedIn(f *FuncNode, fall map[*types.Var]int, own func([]int) bool) []Work {
	var out []Work
	for _, c := range f.guardCands {
		guard := guardKeys(c.Guard)
		switch {
		case c.Opaque:
		case c.Input():
			// An operation input on the guarded path (the topic lookup of
			// a cache's fill): the same on every fill when its fields are.
			if deps, ok := s.inputDeps(c, f, fall, false); ok && own(deps) {
				w := s.inputWork(c, f, deps, false)
				w.Guard, w.KeyParam = guard, c.KeyParam
				out = append(out, w)
			}
		case c.Fact != nil:
			for _, w := range c.Fact.Work {
				if deps, ok := s.mapDeps(c.Node.(*ast.CallExpr), c.Fn, w.Deps, fall); ok && own(deps) && !w.PerRecv {
					w.Deps, w.Guard = deps, guard
					out = append(out, w)
				}
			}
		default:
			if deps, ok := s.dependsOn(c.Node.(ast.Expr), fall); ok && own(deps) {
				w := s.ix.workAt(c, deps)
				w.Guard, w.KeyParam = guard, c.KeyParam
				out = append(out, w)
			}
		}
	}
	for _, as := range f.asideSites {
		// This package's functions the guarded path calls: what they
		// do, and what they keep behind guards of their own, is kept
		// behind this one too (loadLocked() inside if ddb == nil).
		callee := s.ix.Decls[as.site.callee]
		if as.recv || callee == nil || callee.Decl == nil {
			continue
		}
		ws := append(slices.Clone(s.summary(callee)), s.guarded(callee)...)
		for _, w := range ws {
			if w.PerRecv {
				continue
			}
			if deps, ok := s.mapDeps(as.site.call, as.site.callee, w.Deps, fall); ok && own(deps) {
				w.Deps, w.Guard, w.KeyParam = deps, append(guardKeys(as.guard), w.Guard...), 0
				out = append(out, w)
			}
		}
	}
	for _, c := range s.ix.candsOf(f) {
		if c.Fact == nil {
			continue
		}
		for _, w := range c.Fact.Guarded {
			if deps, ok := s.mapDeps(c.Node.(*ast.CallExpr), c.Fn, w.Deps, fall); ok && own(deps) {
				w.Deps = deps
				if s.ix.requestKeyedCall(c, w) {
					w.Guard = []string{requestKeyed}
				}
				w.KeyParam = 0
				out = append(out, w)
			}
		}
	}
	return out
}

// inputWork describes an operation input of f whose fields depend on
// deps, with the state and environment they read.
func (s *summariser) inputWork(c *Candidate, f *FuncNode, deps []int, returned bool) Work {
	w := s.ix.workAt(c, deps)
	w.State, w.Env = s.ix.readsShared(func(iv *Invariance) bool {
		iv.returned = returned
		return iv.paramsOK(c, f)
	})
	if w.Env {
		w.EnvKeys = s.ix.envKeysOf(c.Node.(ast.Expr))
	}
	return w
}

// litParam stands, in a summary's deps, for a parameter of a literal the
// function runs: work that depends on one is left out.
const litParam = 1 << 20

// runsWith returns fn and the literals that run when it runs.
func runsWith(fn *FuncNode) []*FuncNode {
	out := []*FuncNode{fn}
	for i := 0; i < len(out); i++ {
		out = append(out, out[i].lits...)
	}
	return out
}

// workAt describes a construction of this package.
func (ix *Detection) workAt(c *Candidate, deps []int) Work {
	w := ix.workAt0(c, deps)
	if e, ok := c.Node.(ast.Expr); ok && !c.Input() {
		w.State, w.Env = ix.readsShared(func(iv *Invariance) bool { return iv.Expr(e) })
		if w.Env {
			w.EnvKeys = ix.envKeysOf(e)
		}
		named, shared := false, false
		reads := func(e ast.Expr) {
			if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
				if f, ok := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func); ok && readsFiles(ix.Pass.TypesInfo, call, f) {
					if readsNamedFiles(f) {
						named = true
					} else {
						shared = true
					}
				}
			}
		}
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				reads(n)
			case *ast.Ident:
				// src of src, err := os.ReadFile(path).
				if v, ok := ix.Pass.TypesInfo.Uses[n].(*types.Var); ok && v.Kind() == types.LocalVar {
					for _, a := range ix.Assigns[v] {
						reads(a.rhs)
					}
				}
			}
			return !named
		})
		w.Files, w.SharedFiles = named || shared, shared && !named
	}
	return w
}

// envKeysOf returns the environment variables an expression reads by
// name (os.Getenv("K"), and awsEnv for the SDK's configuration), or nil
// when it may read others: a call of a function of the module, an
// unknown key.
func (ix *Detection) envKeysOf(e ast.Expr) []string {
	info := ix.Pass.TypesInfo
	var keys []string
	known := true
	seen := map[*types.Var]bool{}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && known {
			// A local: what it was given (cfg, err := config.Load…).
			if v, ok := info.Uses[id].(*types.Var); ok && v.Kind() == types.LocalVar && !seen[v] {
				seen[v] = true
				for _, a := range ix.Assigns[v] {
					if a.Opaque {
						known = false
					} else if a.rhs != nil {
						ast.Inspect(a.rhs, visit)
					}
				}
			}
			return known
		}
		call, ok := n.(*ast.CallExpr)
		if !ok || !known {
			return known
		}
		switch {
		case !ReadsEnvCall(info, call):
			if f, ok := typeutil.Callee(info, call).(*types.Func); ok && f.Pkg() != nil && inModule(ix.Pass, f.Pkg()) {
				if g := ix.anyFact(f); g != nil && g.Same && len(g.EnvKeys) > 0 {
					keys = append(keys, g.EnvKeys...) // envx.ParamName(): PARAM_NAME
					return true
				}
				known = false // a helper may read any
			}
		case isOSFunc(info, call, "Getenv", "LookupEnv") && len(call.Args) == 1:
			if tv, ok := info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
				keys = append(keys, constant.StringVal(tv.Value))
				return true
			}
			known = false
		case isOSFunc(info, call, "Environ", "ExpandEnv"):
			known = false
		default:
			keys = append(keys, awsEnv) // the SDK's configuration
		}
		return known
	}
	ast.Inspect(e, visit)
	if !known || len(keys) == 0 {
		return nil
	}
	return keys
}

// envKeyParam returns i+1 when every environment write of fn names its
// variable by fn's parameter i (os.Setenv(key, val)), and 0 otherwise.
func (ix *Detection) envKeyParam(fn *FuncNode) int {
	p := 0
	for _, w := range ix.envs {
		if w.In != fn {
			continue
		}
		if w.keyParam == 0 || p != 0 && p != w.keyParam {
			return 0
		}
		p = w.keyParam
	}
	return p
}

// returnedEnvKeys returns the environment variables what fn returns reads
// (func ParamName() string { return os.Getenv("PARAM_NAME") }), or nil
// when one is not known.
func (ix *Detection) returnedEnvKeys(fn *FuncNode) []string {
	if fn.Decl == nil || fn.Decl.Body == nil {
		return nil
	}
	var keys []string
	known := true
	ast.Inspect(fn.Decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				ks := ix.envKeysOf(r)
				if tv, ok := ix.Pass.TypesInfo.Types[r]; ks == nil && (!ok || tv.Value == nil) {
					known = false // reads what is not known, or nothing
				}
				keys = append(keys, ks...)
			}
		}
		return known
	})
	if !known || len(keys) == 0 {
		return nil
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

// readsShared asks same, a question of invariance, twice more: with the
// package variables another package may change counting as changing, and
// with the environment so: whether the answer rests on either (Work.State,
// Work.Env).
func (ix *Detection) readsShared(same func(*Invariance) bool) (state []string, env bool) {
	vol := ix.wholeWith(map[*types.Var]bool{})
	vol.stateful, vol.volatile = true, true
	volEnv := ix.wholeWith(map[*types.Var]bool{})
	volEnv.stateful, volEnv.volatileEnv = true, true
	if !same(vol) {
		for k := range vol.stateRead {
			state = append(state, k)
		}
		if len(state) == 0 {
			state = []string{anyState} // through a path that does not say which
		}
		slices.Sort(state)
	}
	return state, !same(volEnv)
}

// anyState stands, in Work.State, for state not known by name.
const anyState = "*"

// without returns the keys of m not in drop.
func without(m, drop map[string]bool) map[string]bool {
	out := make(map[string]bool, len(m))
	for k, v := range m {
		if !drop[k] {
			out[k] = v
		}
	}
	return out
}

// changes reports whether writing the variables written (objKey) changes
// state work reads.
func changes(state []string, written map[string]bool) bool {
	if len(state) > 0 && written[anyState] {
		return true
	}
	for _, k := range state {
		if k == anyState && len(written) > 0 || written[k] {
			return true
		}
	}
	return false
}

func (ix *Detection) workAt0(c *Candidate, deps []int) Work {
	p := ix.Pass.Fset.Position(c.Node.Pos())
	what := c.What
	if c.Input() {
		what = "rebuilds the same constant request input"
	}
	return Work{
		Kind: c.Kind, Name: c.Name(ix.Pass.TypesInfo), What: what,
		At:   ix.Pass.Pkg.Name() + "/" + filepath.Base(p.Filename) + fmt.Sprintf(":%d", p.Line),
		File: p.Filename, Line: p.Line, Col: p.Column, Deps: deps,
	}
}

// paramsSame reports whether an operation input literal of f is the same
// on every call whatever the function is given: the params check with
// every parameter and the receiver varying.
func (s *summariser) paramsSame(c *Candidate, f *FuncNode, all map[*types.Var]int, returned bool) bool {
	vary := make(map[*types.Var]bool, len(all))
	for v := range all {
		vary[v] = true
	}
	iv := s.ix.invarianceWith(vary)
	iv.stateful, iv.returned = true, returned
	return iv.paramsOK(c, f)
}

// inputDeps is dependsOn for an operation input: which of the parameters
// its fields depend on, or false when one depends on something else that
// varies from call to call.
func (s *summariser) inputDeps(c *Candidate, f *FuncNode, all map[*types.Var]int, returned bool) ([]int, bool) {
	if s.paramsSame(c, f, all, returned) {
		return nil, true
	}
	if !s.paramsSame(c, f, nil, returned) {
		return nil, false
	}
	var deps []int
	for v, i := range all {
		if !s.paramsSame(c, f, map[*types.Var]int{v: i}, returned) {
			if i == -1 && s.ix.typeMutated(v.Type()) && !s.ix.readsKeptFields(c.Node, v) {
				// Built from what the receiver holds, which a method of
				// its type changes (e.data = append(e.data, …)).
				return nil, false
			}
			deps = append(deps, i) // -1: what the receiver holds, fixed where it is built
		}
	}
	slices.Sort(deps)
	return deps, true
}

// readsKeptFields reports whether n reads its receiver recv only through
// fields no method of its type writes (TableName: &s.tableName, where
// methods change s.state only).
func (ix *Detection) readsKeptFields(n ast.Node, recv *types.Var) bool {
	mutated, all := ix.fieldsMutated(recv.Type())
	if all {
		return false
	}
	info := ix.Pass.TypesInfo
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		e, isExpr := n.(ast.Expr)
		if !isExpr || !ok {
			return ok
		}
		switch x := e.(type) {
		case *ast.SelectorExpr:
			if id := code.RootIdent(x); id != nil && info.Uses[id] == recv {
				if f := code.FirstField(info, x); f == "" || mutated[f] {
					ok = false
				}
				return false
			}
		case *ast.Ident:
			if info.Uses[x] == recv {
				ok = false // the receiver itself
			}
		}
		return true
	})
	return ok
}

// dependsOn returns which of the parameters e depends on, or false when e
// also depends on something else that varies from call to call.
func (s *summariser) dependsOn(e ast.Expr, all map[*types.Var]int) ([]int, bool) {
	return s.dependsOnWith(e, all, nil)
}

// dependsOnWith is dependsOn with the local assumed counting as
// invariant (Invariance.assumed).
func (s *summariser) dependsOnWith(e ast.Expr, all map[*types.Var]int, assumed *types.Var) ([]int, bool) {
	iv := s.ix.wholeWith(map[*types.Var]bool{})
	iv.stateful, iv.assumed = true, assumed
	if !iv.Expr(e) {
		return nil, false
	}
	var deps []int
	for v, i := range all {
		iv := s.ix.wholeWith(map[*types.Var]bool{v: true})
		iv.stateful, iv.assumed = true, assumed
		if !iv.Expr(e) {
			deps = append(deps, i)
		}
	}
	slices.Sort(deps)
	return deps, true
}

// argExprs returns the expressions a call binds to parameter i of fn (-1:
// the receiver).
func argExprs(info *types.Info, call *ast.CallExpr, fn *types.Func, i int) []ast.Expr {
	if i < 0 {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			if s, ok := info.Selections[sel]; ok && s.Kind() == types.MethodVal {
				return []ast.Expr{sel.X}
			}
		}
		return nil
	}
	sig := fn.Signature()
	if sig.Variadic() && i == sig.Params().Len()-1 && !call.Ellipsis.IsValid() {
		if i < len(call.Args) {
			return call.Args[i:]
		}
		return []ast.Expr{}
	}
	if i < len(call.Args) {
		return call.Args[i : i+1]
	}
	return nil
}

// mapDeps turns the callee's deps into the caller's, through the call's
// arguments; false when an argument varies for another reason.
func (s *summariser) mapDeps(call *ast.CallExpr, callee *types.Func, deps []int, all map[*types.Var]int) ([]int, bool) {
	var out []int
	for _, d := range deps {
		args := argExprs(s.ix.Pass.TypesInfo, call, callee, d)
		if args == nil {
			return nil, false
		}
		for _, a := range args {
			if d == -1 && s.ownRecv(a, all) {
				// s.load() on the method's own receiver: the same value
				// its caller gave; what the work reads of its fields was
				// judged where it is read (readsKeptFields).
				out = append(out, -1)
				continue
			}
			ds, ok := s.dependsOn(a, all)
			if !ok {
				return nil, false
			}
			out = append(out, ds...)
		}
	}
	slices.Sort(out)
	return slices.Compact(out), true
}

// ownRecv reports whether a is the receiver of the method being
// summarised (all maps it to -1), a pointer whose fields alone the method
// writes: which value it is does not change.
func (s *summariser) ownRecv(a ast.Expr, all map[*types.Var]int) bool {
	id, ok := ast.Unparen(a).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := s.ix.Pass.TypesInfo.Uses[id].(*types.Var)
	if v == nil || all[v] != -1 || v.Kind() != types.RecvVar {
		return false
	}
	if _, ptr := v.Type().Underlying().(*types.Pointer); !ptr {
		return false
	}
	for _, as := range s.ix.Assigns[v] {
		if as.Field == "" {
			return false
		}
	}
	return true
}

// ctor reports whether a call of fn does nothing but build what it
// returns: every call in it is a catalogue constructor, a pure or SDK
// function, a builtin, an error constructor or another constructor of the
// module, and it writes no package variable and starts no goroutine. It
// may stop the program when the build fails (log.Fatal), as the Init
// phase would. Every return before its last statement hands back an
// error: one that answers with a fallback (return aws.Config{}, nil) would
// answer so for the life of the environment once the call moves to Init.
func (s *summariser) ctor(fn *FuncNode) bool {
	if ok, done := s.ctors[fn]; done {
		return ok
	}
	ok := s.ctorBody(fn)
	if s.ctors == nil {
		s.ctors = map[*FuncNode]bool{}
	}
	s.ctors[fn] = ok // a call cycle answers false, which a constructor is not
	return ok
}

func (s *summariser) ctorBody(fn *FuncNode) bool {
	info := s.ix.Pass.TypesInfo
	obj, _ := info.Defs[fn.Decl.Name].(*types.Func)
	if obj == nil || !slices.ContainsFunc(slices.Collect(obj.Signature().Results().Variables()), func(v *types.Var) bool { return !code.IsError(v.Type()) }) {
		return false // it returns nothing it built
	}
	if fallback(info, fn.Decl, obj.Signature(), nil) {
		return false
	}
	ok := true
	ast.Inspect(fn.Decl.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.ExprStmt:
			if code.Exits(info, n) {
				return false // the build failed: stop, as Init would
			}
		case *ast.GoStmt, *ast.DeferStmt, *ast.SendStmt:
			ok = false
		case *ast.AssignStmt, *ast.IncDecStmt, *ast.UnaryExpr:
			// made++, registry[name] = c: moved to Init, it would happen
			// once instead of on every call.
			ok = !s.ix.writesPackageVarAt(n)
		case *ast.CallExpr:
			ok = s.buildsOnly(n)
		}
		return ok
	})
	return ok
}

// buildsOnly reports whether a call inside a constructor only builds.
func (s *summariser) buildsOnly(call *ast.CallExpr) bool {
	info := s.ix.Pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return true
	}
	switch callee := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return callee.Name() != "panic" && callee.Name() != "print" && callee.Name() != "println"
	case *types.Func:
		path := ""
		if callee.Pkg() != nil {
			path = callee.Pkg().Path()
		}
		switch {
		case catalogue.Classify(callee) != nil || catalogue.ClassifyResource(callee) != nil || catalogue.IsBuilder(callee) || catalogue.IsPureFunc(callee):
			return true
		case callee.Signature().Recv() == nil && catalogue.IsSDKPackage(path):
			return true // constructors, aws.String, option functions
		case callee.Signature().Recv() != nil && !inModule(s.ix.Pass, callee.Pkg()) && returnsRecvType(callee.Signature()):
			return true // a library's builder: logger.Default.LogMode(logger.Warn)
		case path == "errors" || path == "fmt" && strings.HasPrefix(callee.Name(), "Errorf"):
			return true
		case callee.Pkg() == s.ix.Pass.Pkg:
			if f := s.ix.Decls[callee.Origin()]; f != nil && f.Decl != nil && f.Decl.Body != nil {
				return !s.busy[f] && s.ctorNested(f)
			}
		default:
			if f := s.ix.FactOf(callee); f != nil {
				return f.Ctor
			}
		}
	}
	return false
}

// fallback reports whether a return before the last statement of fn's body
// answers with no error: a default it falls back to, or an answer cached
// or computed another way. Returns in the bodies of hits (a run-once
// guard's cached answer) do not count, when given.
func fallback(info *types.Info, decl *ast.FuncDecl, sig *types.Signature, hits map[*ast.BlockStmt]bool) bool {
	body := decl.Body.List
	res := sig.Results()
	errLast := code.IsError(res.At(res.Len() - 1).Type())
	found := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			return !hits[n]
		case *ast.ReturnStmt:
			if len(body) > 0 && body[len(body)-1] == n {
				return false
			}
			if !errLast || len(n.Results) != res.Len() || code.IsNil(info, n.Results[res.Len()-1]) {
				found = true
			}
		}
		return !found
	})
	return found
}

func (s *summariser) ctorNested(f *FuncNode) bool {
	s.busy[f] = true
	defer delete(s.busy, f)
	return s.ctor(f)
}

// factWork returns the work of a call to another package's function that
// is the same on every invocation: the work whose parameters the call
// binds to invariant arguments.
func (iv *Invariance) factWork(c *Candidate, in *FuncNode) []Work {
	call := c.Node.(*ast.CallExpr)
	var out []Work
	work := c.Fact.Work
	if len(c.Fact.Inputs) > 0 && iv.inputUse(c.cur, in) == useOperation {
		// Operation inputs the call returns, handed to operations here.
		work = append(slices.Clip(work), c.Fact.Inputs...)
	}
	for _, w := range c.Fact.Guarded {
		if iv.ix.requestKeyedCall(c, w) {
			w.Guard = []string{requestKeyed}
		}
		if covered(w.Guard, iv.ix.clearedFor(in)) {
			// Kept behind a guard the handlers clear on every invocation
			// (Guard stays, for the message).
			work = append(slices.Clip(work), w)
		}
	}
	written := iv.ix.regionWritesState()
	for _, w := range work {
		ok := !changes(w.State, written) && (!w.Env || !envChanged(w.EnvKeys, written)) && !filesChanged(w, written)
		if !ok && (!w.Env || !envChanged(w.EnvKeys, written)) && len(iv.ix.regionSame) > 0 && !changes(w.State, without(written, iv.ix.regionSame)) {
			// It reads only variables the handler sets to the same
			// value on every invocation (awsgo.Init() first): the same
			// each time, but only once they are set.
			ok, w.SetFirst = true, true
		}
		if w.PerRecv {
			// Per receiver value: per invocation only on a receiver the
			// handler builds each time, or whose guarded state the
			// handlers clear on every invocation.
			switch {
			case iv.ix.freshFor(call, w):
				w.Guard = nil
			case covered(w.Guard, iv.ix.clearedFor(in)):
			default:
				ok = false
			}
		}
		for _, d := range w.Deps {
			args := argExprs(iv.info(), call, c.Fn, d)
			if args == nil {
				ok = false
			}
			for _, a := range args {
				if d == -1 && !iv.recv(call, a) || d != -1 && !iv.Expr(a) {
					ok = false
				}
			}
		}
		if ok {
			out = append(out, w)
		}
	}
	return out
}

// Describe is what a call with that work does, for messages: "builds a
// new DynamoDB client and connection pool (dynamodb.NewFromConfig,
// repository/dynamo.go:22)". It names two and counts the rest, or names
// all three.
func Describe(ws []Work) string {
	var parts []string
	for i, w := range ws {
		if i == 2 && len(ws) > 3 {
			parts = append(parts, fmt.Sprintf("does %d more such things", len(ws)-2))
			break
		}
		where := w.Name
		if w.Func != "" {
			where += " in " + w.Func
		}
		where += ", " + w.At
		if w.Via != "" {
			where += ", through " + w.Via
		}
		parts = append(parts, fmt.Sprintf("%s (%s)", w.What, where))
	}
	switch len(parts) {
	case 1:
		return parts[0]
	case 2:
		return parts[0] + " and " + parts[1]
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

// RelatedAt points at a construction in another package when the driver
// loaded its file (the standalone command and golangci-lint do). go vet
// sees one package at a time: its file set holds the other package's file
// only as the importer's stand-in, one byte per line, where the column
// does not fit, and there the message alone says where.
func RelatedAt(files *FileFinder, w Work) (token.Pos, bool) {
	f := files.find(w.File)
	if f == nil || w.Line > f.LineCount() {
		return token.NoPos, false
	}
	end := f.Base() + f.Size()
	if w.Line < f.LineCount() {
		end = int(f.LineStart(w.Line + 1))
	}
	if p := int(f.LineStart(w.Line)) + w.Col - 1; p < end {
		return token.Pos(p), true
	}
	return token.NoPos, false
}

// WorkRelated returns the related information of a work's construction
// and, when it is reached through a dynamic call, of that call first: one
// entry per step of the chain the driver can place.
func WorkRelated(files *FileFinder, ws []Work) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	seen := map[token.Pos]bool{} // a call that leads to several
	for _, w := range ws {
		if w.ViaAt != "" {
			rest, col := cutLast(w.ViaAt)
			file, line := cutLast(rest)
			l, _ := strconv.Atoi(line)
			c, _ := strconv.Atoi(col)
			if at, ok := RelatedAt(files, Work{File: file, Line: l, Col: c}); ok && !seen[at] {
				seen[at] = true
				out = append(out, analysis.RelatedInformation{Pos: at, Message: "a call through " + w.Via + ", which may run " + cmp.Or(w.Func, "a function literal")})
			}
		}
		if at, ok := RelatedAt(files, w); ok {
			out = append(out, analysis.RelatedInformation{Pos: at, Message: w.Name + " " + w.What})
		}
	}
	return out
}

// cutLast splits "a:b" at its last colon (a file name may hold colons).
func cutLast(s string) (before, after string) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i+1:]
}

// FileFinder finds a file of the pass's file set by name. The set holds a
// file for every package the driver loaded, dependencies' export data
// included: it is walked once, not once per related position.
type FileFinder struct {
	fset  *token.FileSet
	files map[string]*token.File
}

func (ff *FileFinder) find(name string) *token.File {
	if ff.files == nil {
		ff.files = map[string]*token.File{}
		ff.fset.Iterate(func(f *token.File) bool {
			if _, seen := ff.files[f.Name()]; !seen {
				ff.files[f.Name()] = f // the first, as a search would find
			}
			return true
		})
	}
	return ff.files[name]
}

// Shareable reports whether values of type t may be shared by concurrent
// invocations: what shareable knows, and the module's types with a
// shareFact.
func (ix *Detection) Shareable(t types.Type) bool {
	if catalogue.Shareable(t) || plainValue(t, 0) {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	if named.Obj().Pkg() == ix.Pass.Pkg {
		// A type of this package, judged as its fact would be.
		if ix.safeMemo == nil {
			ix.safeMemo = map[*types.TypeName]uint8{}
		}
		return ix.safeType(named.Obj(), ix.safeMemo)
	}
	if !inModule(ix.Pass, named.Obj().Pkg()) {
		return false
	}
	return ix.Pass.ImportObjectFact(named.Obj(), new(ShareFact))
}

// plainValue reports whether t is data copied whole with its value: a
// basic type, or an array or struct of such (settings.Settings{DSN,
// TTL}), with no method that changes it through a pointer. A variable of
// it is shared safely when the handler does not write it (changedLater).
func plainValue(t types.Type, depth int) bool {
	if depth > 8 {
		return false
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		for m := range named.Methods() {
			if _, ptr := m.Signature().Recv().Type().(*types.Pointer); ptr {
				return false
			}
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() != types.UnsafePointer && u.Kind() != types.Invalid
	case *types.Array:
		return plainValue(u.Elem(), depth+1)
	case *types.Struct:
		for f := range u.Fields() {
			if !plainValue(f.Type(), depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// safeType reports whether a struct type of this package is safe to share
// (see shareFact).
func (ix *Detection) safeType(tn *types.TypeName, memo map[*types.TypeName]uint8) bool {
	switch memo[tn] {
	case memoYes:
		return true
	case memoNo, memoBusy:
		return memo[tn] == memoBusy // a cycle holds only what the rest allows
	}
	named, ok := tn.Type().(*types.Named)
	if !ok || tn.IsAlias() {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	memo[tn] = memoBusy
	ok = true
	for f := range st.Fields() {
		if f.Exported() || !ix.fieldShareable(f.Type(), memo) {
			ok = false
			break
		}
	}
	for m := range named.Methods() {
		if !ok {
			break
		}
		if recv := m.Signature().Recv(); recv != nil && len(ix.Assigns[recv]) > 0 {
			ok = false // the method writes its receiver or a field of it
		}
	}
	memo[tn] = memoNo
	if ok {
		memo[tn] = memoYes
	}
	return ok
}

func (ix *Detection) fieldShareable(t types.Type, memo map[*types.TypeName]uint8) bool {
	if ix.Shareable(t) {
		return true
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if named, ok := types.Unalias(t).(*types.Named); ok && named.Obj().Pkg() == ix.Pass.Pkg {
		return ix.safeType(named.Obj(), memo)
	}
	return false
}

// returnedExpr returns the one expression a function literal returns
// (its only return statement, with one result), or nil.
func (ix *Detection) returnedExpr(e ast.Expr) ast.Expr {
	lit, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok {
		return nil
	}
	var out ast.Expr
	n := 0
	ast.Inspect(lit.Body, func(n2 ast.Node) bool {
		switch r := n2.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			if len(r.Results) == 1 {
				out = ast.Unparen(r.Results[0])
			}
		}
		return true
	})
	if n != 1 {
		return nil
	}
	return out
}

// registeredElsewhere reports the Init work of handlers that live in
// another package of the module and that this package registers
// (lambda.Start(billing.Handle)): their own package cannot tell they are
// handlers when their event type is their own. The report is at the
// registration, with no fix: the code to change is in the other package.
func (ix *Detection) registeredElsewhere() []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, r := range ix.regs {
		if r.entry.Arg >= len(r.Call.Args) {
			continue
		}
		arg := ast.Unparen(r.Call.Args[r.entry.Arg])
		if r.result {
			// platform.BuildAndStart(func(cfg) H { return ingest.New(cfg) }):
			// the handler is what the literal returns.
			if arg = ix.returnedExpr(arg); arg == nil {
				continue
			}
		}
		var vs []ast.Expr
		for _, v := range ix.chosenValues(arg) {
			vs = append(vs, ix.unwrapped(v, 3)...)
		}
		for _, v := range vs {
			if d, ok := ix.registeredValue(r, v, len(vs) > 1); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// unwrapped returns, for a call of a library's wrapper outside the module
// (cfn.LambdaWrap(f), otellambda.InstrumentHandler(f)), the function
// values it is given, which run on every invocation; e itself otherwise.
func (ix *Detection) unwrapped(e ast.Expr, depth int) []ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || depth == 0 {
		return []ast.Expr{e}
	}
	f, ok := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func)
	if !ok || f.Pkg() == nil || inModule(ix.Pass, f.Pkg()) || f.Pkg().Path() == catalogue.LambdaPkg || code.IsStdPath(f.Pkg().Path()) {
		return []ast.Expr{e}
	}
	var out []ast.Expr
	for _, a := range call.Args {
		if _, isFunc := ix.Pass.TypesInfo.TypeOf(a).Underlying().(*types.Signature); isFunc {
			out = append(out, ix.unwrapped(a, depth-1)...)
		}
	}
	if len(out) == 0 {
		return []ast.Expr{e}
	}
	return out
}

// chosenValues returns the values a local variable registered as the
// handler is given when a branch chooses among them (switch
// os.Getenv("MODE") { case "ingest": h = ingest.Handle … }): each may be
// the handler. Otherwise e alone.
func (ix *Detection) chosenValues(e ast.Expr) []ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return []ast.Expr{e}
	}
	v, ok := ix.Pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Parent() == ix.Syms.PkgScope || len(ix.Assigns[v]) < 2 {
		return []ast.Expr{e}
	}
	var out []ast.Expr
	chosen := false
	for _, a := range ix.Assigns[v] {
		if a.rhs == nil && !a.Opaque {
			continue // var h any: the zero value
		}
		if ix.deadAt(a.In, a.Pos) {
			continue // if auditEnabled { h = … } with auditEnabled a false constant
		}
		if a.Opaque || a.rhs == nil || a.Pos > id.Pos() {
			return []ast.Expr{e}
		}
		chosen = chosen || len(a.Conds) > 0
		out = append(out, ast.Unparen(a.rhs))
	}
	if !chosen {
		return []ast.Expr{e} // h = wrap(h): the last call, below
	}
	return out
}

// methodNamed returns the method name of t (through a pointer too).
func methodNamed(t types.Type, name string) (*types.Func, bool) {
	if t == nil {
		return nil, false
	}
	var pkg *types.Package
	if named := namedOf(t); named != nil {
		pkg = named.Obj().Pkg()
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
	m, ok := obj.(*types.Func)
	return m, ok
}

// deadAt reports whether pos, in fn, is in a branch that never runs: the
// body of an if whose condition is the constant false, or its else when
// the condition is the constant true.
func (ix *Detection) deadAt(fn *FuncNode, pos token.Pos) bool {
	if fn == nil {
		return false
	}
	cur, ok := fn.cur.FindByPos(pos, pos)
	if !ok {
		return false
	}
	info := ix.Pass.TypesInfo
	for c := cur; c.Node() != nil && c.Node() != fn.cur.Node(); c = c.Parent() {
		ifs, ok := c.Parent().Node().(*ast.IfStmt)
		if !ok {
			continue
		}
		tv, ok := info.Types[ifs.Cond]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
			continue
		}
		if c.Node() == ifs.Body && !constant.BoolVal(tv.Value) || c.Node() == ifs.Else && constant.BoolVal(tv.Value) {
			return true
		}
	}
	return false
}

// registeredValue reports the Init work of arg, a value r registers (one
// of several a branch chooses among: chosen), when it is a handler of
// another package of the module.
func (ix *Detection) registeredValue(r *Registration, arg ast.Expr, chosen bool) (analysis.Diagnostic, bool) {
	info := ix.Pass.TypesInfo
	// h := stream.NewKinesisHandler(decode, sink); lambda.Start(h), or
	// h = middleware.Chain(h, …) after it: the last call h is given.
	if call := ix.lastCall(arg); call != nil {
		if _, isFunc := info.TypeOf(call).Underlying().(*types.Signature); isFunc {
			arg = call // a handler function a factory returns
		}
	}
	at := arg
	if v := ix.soleValue(arg); !isCall(v) {
		arg = v // handle := svc.Handle; lambda.Start(handle)
	}
	var fn *types.Func
	var recv ast.Expr
	switch e := arg.(type) {
	case *ast.Ident:
		fn, _ = info.Uses[e].(*types.Func)
	case *ast.SelectorExpr:
		fn, _ = info.Uses[e.Sel].(*types.Func)
		if s, ok := info.Selections[e]; ok && s.Kind() == types.MethodVal {
			recv = e.X
		}
	}
	if r.method != "" {
		// platform.Run(table), registering table.Dispatch: the method
		// of what it is given runs.
		fn, recv = nil, nil
		if m, ok := methodNamed(info.TypeOf(arg), r.method); ok {
			fn, recv = m, arg
		}
	}
	factory := false
	if call, ok := arg.(*ast.CallExpr); ok && fn == nil && r.method == "" {
		// A handler another package's factory returns: a function,
		// or a value whose Invoke or ServeHTTP runs
		// (decorate.JSON(h), a struct holding h).
		// A method too (c.Handler(m.Send) of a generic consumer): the
		// closure it returns captures what it was called on, which the
		// registration judges like a receiver.
		if f, ok := typeutil.Callee(info, call).(*types.Func); ok && (f.Signature().Recv() == nil || !types.IsInterface(f.Signature().Recv().Type())) {
			if m := ix.handlerMethod(info.TypeOf(arg)); m != nil {
				fn, recv = m, arg
			} else {
				fn, factory = f.Origin(), true
			}
		}
	}
	if fn == nil {
		// A value of another package's type that is a handler: its
		// Invoke or ServeHTTP runs.
		fn, recv = ix.handlerMethod(info.TypeOf(arg)), arg
	}
	// A value of the handler interface itself (lambda.Handler,
	// http.Handler), or a factory returning one (tracing.Wrap(h)):
	// what runs is the Invoke or ServeHTTP of what the program puts
	// there.
	serve, isServe := handlerIface(info.TypeOf(arg))
	label := ""
	if !isServe && fn != nil && recv != nil {
		// h.Create, a method value of an interface of the module (h
		// := handler.NewHandler() returns the port): what runs is the
		// method of what the program puts there.
		if rv := fn.Signature().Recv(); rv != nil && types.IsInterface(rv.Type()) {
			if named := namedOf(rv.Type()); named != nil && inModule(ix.Pass, named.Obj().Pkg()) {
				serve, isServe = DynCall{Kind: "iface", Key: typeKey(named.Obj()), Method: fn.Name()}, true
				label = types.ExprString(r.Call.Args[r.entry.Arg])
			}
		}
	}
	if call, ok := arg.(*ast.CallExpr); ok && fn == nil && !isServe {
		// h = m(h), m a function value (a middleware of a slice): the
		// handler is a function of its type that the program takes.
		if _, static := typeutil.Callee(info, call).(*types.Func); !static {
			if sig, ok := info.TypeOf(call).Underlying().(*types.Signature); ok {
				serve, isServe = DynCall{Kind: "sig", Key: sigKey(sig)}, true
			}
		}
	}
	if fn == nil && isServe {
		fn = r.Fn
		label = types.ExprString(r.Call.Args[r.entry.Arg]) // the value registered
	} else if fn == nil || fn.Pkg() == ix.Pass.Pkg || !inModule(ix.Pass, fn.Pkg()) {
		return analysis.Diagnostic{}, false
	}
	f := ix.FactOf(fn)
	var dyn []Work
	iv := ix.invarianceWith(map[*types.Var]bool{})
	if factory || isServe {
		f = nil // its own work runs once, in main
	}
	if p := ix.program(); p != nil {
		found := p.DynWorkDeps(fn)
		switch {
		case factory:
			found = p.ReturnedWork(fn, info.TypeOf(arg))
		case isServe:
			found = nil
		}
		if isServe {
			found = append(found, p.dynCallWork(serve)...)
		}
		for _, w := range found {
			if ix.cfg.Enabled(w.Kind) && registeredSame(w.Deps, recv, iv) {
				w.Deps = nil
				dyn = append(dyn, w)
			}
		}
	}
	if f == nil && len(dyn) == 0 {
		return analysis.Diagnostic{}, false
	}
	var ws []Work
	if f != nil {
		// A handler its package found (by its shape) has no work in
		// its fact: that package reports it (WorkFact.Reported).
		for _, w := range f.Work {
			// The receiver lives as long as the registration.
			if ix.cfg.Enabled(w.Kind) && !w.PerRecv && registeredSame(w.Deps, recv, iv) {
				ws = append(ws, w)
			}
		}
	}
	ws = append(ws, dyn...)
	if len(ws) == 0 {
		return analysis.Diagnostic{}, false
	}
	// Where to change it: the package that does the work, which is
	// not the handler's when the work is reached through an interface
	// or a function value.
	where := "in package " + fn.Pkg().Name()
	if isServe {
		where = "in package " + ws[0].Pkg() // fn is the registration
	} else if factory && ws[0].Func != "" {
		where = "in package " + ws[0].FuncPkg() // what the factory returns
	}
	if w := ws[0]; w.Func != "" && w.Via != "" {
		where = "where package " + w.FuncPkg() + " is set up (the work is in " + w.Func + ")"
	}
	shapesHint := ""
	if !isServe && !ix.cfg.HandlerShapes && handlerSignature(withoutRecv(fn.Signature())) {
		// Its package would find it by its shape.
		shapesHint = "; lambdainit -handler-shapes reports it in package " + fn.Pkg().Name() + ", with a fix where one is safe"
	}
	registered := "the handler registered here"
	if chosen {
		p := ix.Pass.Fset.Position(r.Call.Pos())
		registered = fmt.Sprintf("a handler chosen here and registered at %s:%d", filepath.Base(p.Filename), p.Line)
	}
	d := analysis.Diagnostic{
		Pos: at.Pos(), End: at.End(), Category: string(ws[0].Kind),
		Message: fmt.Sprintf("%s, %s, %s on every invocation; build it once outside the handler, %s (no automatic fix: the code is in another package%s)",
			cmp.Or(label, code.FuncLabel(fn)), registered, Describe(ws), where, shapesHint),
	}
	d.Related = append(d.Related, WorkRelated(&ix.files, ws)...)
	return d, true
}

func isCall(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok
}

// registeredSame reports whether work with deps is the same on every
// invocation of a registered handler: the handler's parameters are the
// invocation's; only a receiver fixed at registration is the same every
// time.
func registeredSame(deps []int, recv ast.Expr, iv *Invariance) bool {
	for _, d := range deps {
		if d != -1 || recv == nil || !iv.Expr(recv) {
			return false
		}
	}
	return true
}

// handlerIface returns the call of the handler method of t when t is
// lambda.Handler or http.Handler.
func handlerIface(t types.Type) (DynCall, bool) {
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() == nil {
		return DynCall{}, false
	}
	switch {
	case isHTTPHandler(named):
		return httpServe, true
	case named.Obj().Pkg().Path() == catalogue.LambdaPkg && named.Obj().Name() == "Handler":
		return DynCall{Kind: "iface", Key: typeKey(named.Obj()), Method: "Invoke"}, true
	}
	return DynCall{}, false
}

// handlerMethod returns the Invoke (lambda.Handler) or ServeHTTP
// (http.Handler) method of a type of another package of the module, or nil.
func (ix *Detection) handlerMethod(t types.Type) *types.Func {
	named := namedOf(t)
	if named == nil || named.Obj().Pkg() == ix.Pass.Pkg || !inModule(ix.Pass, named.Obj().Pkg()) {
		return nil
	}
	if _, iface := named.Underlying().(*types.Interface); iface {
		return nil
	}
	for _, m := range []string{"Invoke", "ServeHTTP"} {
		obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(named), true, named.Obj().Pkg(), m)
		if f, ok := obj.(*types.Func); ok {
			return f
		}
	}
	return nil
}

// soleImpl returns the one method that a call of an interface method of
// the module can reach: the interface's only implementation among the
// module's packages this package can see (itself and what it imports). A
// store.Save through a Store interface with one *dynamoStore behind it
// does what dynamoStore.Save does. With no or several implementations,
// nil: what the call does is not known.
//
// Outside main, a package sees only part of the program: an adapter main
// wires is not among its imports, and one it imports may be wired only by
// a harness nothing calls. There, only an interface no other package can
// implement is resolved (closedIface); the program resolves the rest
// (program.go).
func (ix *Detection) soleImpl(m *types.Func) *types.Func {
	impls := ix.impls(m)
	if len(impls) != 1 {
		return nil
	}
	if ix.Pass.Pkg.Name() != "main" && (!closedIface(m) || m.Pkg() != ix.Pass.Pkg) {
		return nil
	}
	return impls[0]
}

// closedIface reports whether the interface of method m has an unexported
// method: only types of its own package can implement it.
func closedIface(m *types.Func) bool {
	recv := m.Signature().Recv()
	if recv == nil {
		return false
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for f := range iface.Methods() {
		if !f.Exported() {
			return true
		}
	}
	return false
}

// commonWork is, for a call of an interface method of the module with
// several implementations in sight, the work every one of them does (the
// same constructors), or nil; nil outside main, for the reason soleImpl
// gives.
func (ix *Detection) commonWork(m *types.Func) (*types.Func, *WorkFact) {
	if ix.Pass.Pkg.Name() != "main" {
		return nil, nil
	}
	impls := ix.impls(m)
	if len(impls) < 2 {
		return nil, nil
	}
	var facts []*WorkFact
	for _, f := range impls {
		fact := ix.FactOf(f)
		if fact == nil {
			return nil, nil // one of them builds nothing
		}
		facts = append(facts, fact)
	}
	common := &WorkFact{Ctor: true}
	for _, w := range facts[0].Work {
		all := true
		for _, f := range facts[1:] {
			i := slices.IndexFunc(f.Work, func(x Work) bool { return x.Name == w.Name })
			if i < 0 {
				all = false
				break
			}
			w.Deps = append(slices.Clone(w.Deps), f.Work[i].Deps...)
		}
		if all {
			slices.Sort(w.Deps)
			w.Deps = slices.Compact(w.Deps)
			common.Work = append(common.Work, w)
		}
	}
	for _, f := range facts {
		common.Ctor = common.Ctor && f.Ctor
	}
	if len(common.Work) == 0 {
		return nil, nil
	}
	return impls[0], common
}

// impls returns the implementations of an interface method of the module
// among the types in sight.
func (ix *Detection) impls(m *types.Func) []*types.Func {
	recv := m.Signature().Recv()
	if recv == nil {
		return nil
	}
	iface, ok := recv.Type().Underlying().(*types.Interface)
	if !ok || m.Pkg() == nil || !inModule(ix.Pass, m.Pkg()) {
		return nil
	}
	var found []*types.Func
	for _, tn := range ix.moduleTypes() {
		if _, isIface := tn.Type().Underlying().(*types.Interface); isIface || tn.IsAlias() {
			continue
		}
		for _, t := range []types.Type{tn.Type(), types.NewPointer(tn.Type())} {
			if !types.Implements(t, iface) {
				continue
			}
			obj, _, _ := types.LookupFieldOrMethod(t, true, tn.Pkg(), m.Name())
			if f, ok := obj.(*types.Func); ok && !slices.Contains(found, f) {
				found = append(found, f)
			}
			break
		}
	}
	return found
}

// moduleTypes returns the named types declared at package level in this
// package and in the packages of the module it imports, transitively.
func (ix *Detection) moduleTypes() []*types.TypeName {
	if ix.modTypes != nil {
		return *ix.modTypes
	}
	var out []*types.TypeName
	seen := map[*types.Package]bool{}
	var visit func(p *types.Package)
	visit = func(p *types.Package) {
		if seen[p] || (p != ix.Pass.Pkg && !inModule(ix.Pass, p)) {
			return
		}
		seen[p] = true
		for _, name := range p.Scope().Names() {
			if tn, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
				out = append(out, tn)
			}
		}
		for _, imp := range p.Imports() {
			visit(imp)
		}
	}
	visit(ix.Pass.Pkg)
	ix.modTypes = &out
	return out
}

// recvGuard names the receiver's fields a guard reads (fieldGuardKey).
func recvGuard(recv *types.Var, fields []*types.Var) []string {
	var out []string
	for _, f := range fields {
		if k := fieldGuardKey(recv, f); k != "" {
			out = append(out, k)
		}
	}
	return out
}
