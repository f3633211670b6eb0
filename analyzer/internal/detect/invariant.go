package detect

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// Invariance decides whether an expression has the same value on every
// invocation: built only from constants, literals, package-level values
// that nothing changes after initialisation, values the handler was built
// with, and pure functions of those.
type Invariance struct {
	ix     *Detection
	Params map[*types.Var]bool // parameters of per-invocation functions
	Recvs  map[*types.Var]bool // receivers of per-invocation methods
	// strict counts values read from a handler's receiver as varying: an
	// input literal built from them cannot leave the handler.
	strict bool
	memo   [2]map[*types.Var]uint8
	// pathMemo is memo for what is read of a local through a field path
	// (localAt), by path.
	pathMemo map[string]map[*types.Var]uint8
	// whole: the question is about a function's body as a whole, moved
	// with its call (a summary, a helper's result), so a call of a helper
	// of this package inside it moves too (see helperResult).
	whole bool
	// uses indexes, per function, where each local is used: one walk of a
	// function for all its params findings (nil while it was asked about
	// one variable only; see usesOf).
	uses map[*FuncNode]map[*types.Var][]inspector.Cursor
	// addressed counts the address operators around the expression being
	// judged: a local read through its address sees every write, also
	// those after the read.
	addressed int
	// stateful: a summary's question, in which this package's variables
	// its own functions set count as state (see variable).
	stateful bool
	// volatile counts as varying the package variables of the module
	// another package may change during an invocation (outside this
	// package, or exported from it), and volatileEnv the environment
	// (Work.State, Work.Env).
	volatile, volatileEnv bool
	// stateRead are the variables volatile counted as varying (objKey).
	stateRead map[string]bool
	// judging is the stack of variables whose assignments are being
	// judged (variable).
	judging []*types.Var
	// sameVars: a package variable of this package every write of which
	// gives it the same value counts as invariant (sameWritten).
	sameVars bool
	// returned: a summary's question about an operation input the
	// function returns (return &s3.ListObjectsV2Input{…}), which is its
	// callers' to hand to an operation (WorkFact.Inputs).
	returned bool
	// assumed is the local whose set-up is being judged
	// (cfg.Credentials = aws.NewCredentialsCache(cfg.Credentials)): it
	// counts as invariant in it, since a local starts afresh on every
	// invocation and is invariant when every value given it is. While it
	// is set, no variable is remembered as invariant, for that rests on
	// the assumption.
	assumed *types.Var
}

const (
	memoBusy uint8 = iota + 1
	memoYes
	memoNo
)

func newInvariance(ix *Detection, region []*Reach) *Invariance {
	params, recvs := ix.regionParams(region)
	iv := ix.invarianceWith(params)
	iv.Recvs = recvs
	return iv
}

// invarianceWith is an invariance in which exactly params vary: a
// summary asks, parameter by parameter, which ones its work depends on.
func (ix *Detection) invarianceWith(params map[*types.Var]bool) *Invariance {
	return &Invariance{ix: ix, Params: params, memo: [2]map[*types.Var]uint8{{}, {}}}
}

// wholeWith is invarianceWith for a function body that moves with its
// call.
func (ix *Detection) wholeWith(params map[*types.Var]bool) *Invariance {
	iv := ix.invarianceWith(params)
	iv.whole = true
	return iv
}

func (iv *Invariance) info() *types.Info { return iv.ix.Pass.TypesInfo }

// Expr reports whether e is invariant.
func (iv *Invariance) Expr(e ast.Expr) bool {
	switch e := e.(type) {
	case nil:
		return true
	case *ast.BasicLit:
		return true
	case *ast.ParenExpr:
		return iv.Expr(e.X)
	case *ast.Ident:
		return iv.ident(e)
	case *ast.SelectorExpr:
		if sel, ok := iv.info().Selections[e]; ok {
			if sel.Kind() == types.MethodExpr {
				return true
			}
			v, path := code.FieldOf(iv.info(), e)
			return iv.field(v, path, e.X)
		}
		return iv.ident(e.Sel) // qualified identifier
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			// &id held by what is built: a value given id later is
			// seen through it (localRead).
			iv.addressed++
			defer func() { iv.addressed-- }()
		}
		return e.Op != token.ARROW && iv.Expr(e.X)
	case *ast.BinaryExpr:
		return iv.Expr(e.X) && iv.Expr(e.Y)
	case *ast.StarExpr:
		return iv.Expr(e.X)
	case *ast.IndexExpr:
		if tv, ok := iv.info().Types[e.Index]; ok && tv.IsType() {
			return true // generic instance
		}
		return iv.Expr(e.X) && iv.Expr(e.Index)
	case *ast.SliceExpr:
		return iv.Expr(e.X) && iv.Expr(e.Low) && iv.Expr(e.High) && iv.Expr(e.Max)
	case *ast.TypeAssertExpr:
		return iv.Expr(e.X)
	case *ast.KeyValueExpr:
		return iv.Expr(e.Key) && iv.Expr(e.Value)
	case *ast.CompositeLit:
		return iv.compositeLit(e)
	case *ast.FuncLit:
		return iv.funcLit(e)
	case *ast.CallExpr:
		return iv.call(e)
	}
	return false
}

func (iv *Invariance) compositeLit(lit *ast.CompositeLit) bool {
	_, isStruct := code.TypeUnder(iv.info().TypeOf(lit)).(*types.Struct)
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok && isStruct {
			elt = kv.Value // a field name, not an expression
		}
		if !iv.Expr(elt) {
			return false
		}
	}
	return true
}

func (iv *Invariance) ident(id *ast.Ident) bool {
	if tv, ok := iv.info().Types[id]; ok && (tv.Value != nil || tv.IsType() || tv.IsNil()) {
		return true
	}
	switch obj := iv.info().Uses[id].(type) {
	case *types.Func:
		// A function of this package as a value (an SDK option function):
		// the same when what it reads of the package is. One that reads
		// a variable the handler sets per invocation builds something
		// different each time it is applied.
		if fn := iv.ix.Decls[obj.Origin()]; fn != nil && fn.Decl != nil && fn.Decl.Body != nil {
			for _, v := range iv.ix.HelperReads(fn).Vars {
				if !iv.variable(v) {
					return false
				}
			}
		}
		return true
	case *types.Const, *types.TypeName, *types.Nil, *types.PkgName:
		return true
	case *types.Var:
		if obj.Pkg() == iv.ix.Pass.Pkg && obj.Parent() != iv.ix.Syms.PkgScope {
			return iv.localRead(obj, "", id.Pos())
		}
		return iv.variable(obj)
	}
	return false
}

// configuredOutside reports whether fn, which writes a package variable,
// is a configurer of a library whose handler the program registers: an
// exported function of a package other than main, with handlers of its
// own, that no function of the package calls (thumbs.Init(cfg), which
// main calls before lambda.Start). What it sets is the same on every
// invocation, as for a configurer of another package (Work.State).
func (iv *Invariance) configuredOutside(fn *FuncNode) bool {
	// Only for a package with handlers of its own: a package without one
	// (tenancy.Use(t), which the handler of another package calls first)
	// cannot tell who calls its setter, and when. No function of the
	// package calls it, so no handler of the package reaches it: the
	// region need not be known yet (helpers are judged before it is).
	if len(iv.ix.found) == 0 || fn.Decl == nil || !fn.Decl.Name.IsExported() || iv.ix.Pass.Pkg.Name() == "main" {
		return false
	}
	for _, h := range iv.ix.found {
		if slices.Contains(h.Roots, fn) {
			return false // a handler itself, which sets it on every invocation
		}
	}
	obj, _ := iv.ix.Pass.TypesInfo.Defs[fn.Decl.Name].(*types.Func)
	for _, caller := range iv.ix.Funcs {
		if slices.Contains(caller.calls, obj) {
			return false
		}
	}
	return obj != nil
}

// readState notes a package variable that volatile counts as varying,
// and answers that it varies.
func (iv *Invariance) readState(v *types.Var) bool {
	iv.readKeys(objKey(v))
	return false
}

// readKeys notes package variables, by objKey, that volatile counts as
// varying (a getter of another package reading them, WorkFact.ReadsVars).
func (iv *Invariance) readKeys(keys ...string) {
	if iv.stateRead == nil {
		iv.stateRead = map[string]bool{}
	}
	for _, k := range keys {
		iv.stateRead[k] = true
	}
}

// variable reports whether v holds the same value on every invocation.
func (iv *Invariance) variable(v *types.Var) bool {
	if v.Pkg() != iv.ix.Pass.Pkg {
		// Another package's variable, e.g. http.DefaultClient; one of the
		// module may be written by the handler.
		if !iv.volatile || v.Parent() != v.Pkg().Scope() || !inModule(iv.ix.Pass, v.Pkg()) {
			return true
		}
		return iv.readState(v)
	}
	if v.Parent() == iv.ix.Syms.PkgScope {
		return iv.pkgVar(v, "")
	}
	return iv.local(v)
}

// syncVar returns the package variable of this package a method call is
// made on (cfgPtr.Load(), shared.cache.Load(k)) and the path of fields
// to it; nil for anything else.
func (iv *Invariance) syncVar(call *ast.CallExpr) (*types.Var, string) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil, ""
	}
	var v *types.Var
	path := ""
	switch x := ast.Unparen(sel.X).(type) {
	case *ast.Ident:
		v, _ = iv.info().Uses[x].(*types.Var)
	case *ast.SelectorExpr:
		v, path = code.FieldOf(iv.info(), x)
	}
	if v == nil || v.Parent() != iv.ix.Syms.PkgScope {
		return nil, ""
	}
	return v, path
}

// pkgVar reports whether package variable v of this package, read
// through the fields of path ("" for all of it), holds the same value on
// every invocation: no write of the handler's reaches that part of it
// (shared.archive = … does not change shared.cfg).
func (iv *Invariance) pkgVar(v *types.Var, path string) bool {
	if iv.volatile && v.Exported() {
		return iv.readState(v)
	}
	if iv.ix.mutated[v] {
		return false // a method the handler calls changes it
	}
	if iv.sameVars && v.Pkg() == iv.ix.Pass.Pkg && iv.ix.sameWritten(objKey(v)) {
		return true
	}
	cache := iv.ix.lazyCache(v)
	for _, w := range iv.ix.PkgWriters[v] {
		if !code.Overlaps(w.Field, path) {
			continue // another field of it
		}
		if w.Returned && iv.ix.returnedRead(w.In) {
			continue // return &warm, to callers that only read through it
		}
		if cache && !w.Opaque && w.rhs != nil && iv.ix.emptyValue(w.rhs) {
			// cfg = nil in a Reset of a cache only guarded fills set:
			// what a reader finds after its guard is filled the same
			// way again.
			continue
		}
		// A test setting it up does not run in production; a cache
		// filled once (if cfg == nil { cfg = load() }) holds the same
		// value on every invocation after; where the code may move to
		// is the landing's concern.
		if !w.Test && !w.Once && !w.In.IsNamed("init") && !w.In.IsNamed("main") && !iv.ix.setupOnly(w.In, nil) && !iv.configuredOutside(w.In) {
			// In a summary, a variable a function of the package sets
			// (store.Configure(cfg), called from main) is state: the
			// same unless the program calls that function on every
			// invocation, which the program decides (Work.State).
			if iv.volatile {
				return iv.readState(v)
			}
			return iv.stateful
		}
	}
	return true
}

// lazyCache reports whether every write of v, a package variable, that
// gives it something besides its empty value is a fill on a run-once
// path (if cfg == nil { cfg = &c }), and there is one.
func (ix *Detection) lazyCache(v *types.Var) bool {
	fills := 0
	for _, w := range ix.PkgWriters[v] {
		switch {
		case w.Test:
		case w.Once:
			fills++
		case w.Opaque || w.rhs == nil || !ix.emptyValue(w.rhs):
			return false
		}
	}
	return fills > 0
}

// handedOtherFields reports whether v, a local pointer handed to calls,
// is written by every one of them only through fields other than the one
// path reads (their facts' FillsFields).
func (ix *Detection) handedOtherFields(v *types.Var, path string) bool {
	calls := ix.Handed[v]
	if len(calls) == 0 {
		return false
	}
	first, _, _ := strings.Cut(path, ".")
	for _, call := range calls {
		f, ok := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func)
		if !ok {
			return false
		}
		fact := ix.anyFact(f)
		if fact == nil {
			return false
		}
		if sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr); isSel {
			if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID && ix.Pass.TypesInfo.Uses[id] == v {
				return false // r.ApplyJob(job): any field of it
			}
		}
		for i, a := range call.Args {
			if id, isID := ast.Unparen(a).(*ast.Ident); !isID || ix.Pass.TypesInfo.Uses[id] != v {
				continue
			}
			fs, known := fact.FillsFields[i]
			if !known || slices.Contains(fs, first) {
				return false
			}
		}
	}
	return true
}

// otherFieldsSet reports whether some write of v, a local, sets a field
// that path, a field path read of it, does not overlap.
func (ix *Detection) otherFieldsSet(v *types.Var, path string) bool {
	return slices.ContainsFunc(ix.Assigns[v], func(a Assignment) bool { return a.Field != "" && !code.Overlaps(a.Field, path) })
}

// otherFieldsWritten reports whether v, a receiver, is written, and only
// through fields other than those path reads, and never handed out.
func (iv *Invariance) otherFieldsWritten(v *types.Var, path string) bool {
	as := iv.ix.Assigns[v]
	if len(as) == 0 || len(iv.ix.Handed[v]) > 0 {
		return false
	}
	for _, a := range as {
		if a.Field == "" || code.Overlaps(a.Field, path) {
			return false
		}
	}
	return true
}

// field reports whether what a selector reads is invariant: the field
// path of variable v (nil when the selector reaches it otherwise), or
// else what it selects from, x.
func (iv *Invariance) field(v *types.Var, path string, x ast.Expr) bool {
	switch {
	case v != nil && v.Parent() == iv.ix.Syms.PkgScope:
		return iv.pkgVar(v, path)
	case v != nil && v.Kind() == types.LocalVar && path != "" && (iv.ix.handedOtherFields(v, path) || iv.ix.otherFieldsSet(v, path)):
		// s.Region, where tenant.Apply(s, t) writes only s.Prefix; t.region,
		// where the handler sets only t.key from the event.
		return iv.localRead(v, path, x.Pos())
	case v != nil && v.Kind() == types.RecvVar && path != "" && (iv.otherFieldsWritten(v, path) || len(iv.ix.Assigns[v]) == 0 && len(iv.ix.Handed[v]) == 0):
		// s.tableName where the method writes only s.state, and where
		// the other methods the handler runs write only other fields
		// (c.Assets, where c.pattern() sets c.valid).
		if iv.Params[v] || iv.strict && iv.Recvs[v] {
			return false
		}
		return !iv.Recvs[v] || !iv.ix.recvFieldWritten(v, path)
	}
	return iv.Expr(x)
}

// recv reports whether the receiver a method call is given is
// invariant: x, what the call selects from, or, for a method promoted
// from an embedded field (w.ListInput() of inbox.Base in w), that field
// of x (w.Base), judged by its path like any field.
func (iv *Invariance) recv(call *ast.CallExpr, x ast.Expr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || sel.X != x {
		return iv.Expr(x)
	}
	s, ok := iv.info().Selections[sel]
	if !ok || len(s.Index()) < 2 {
		return iv.Expr(x)
	}
	var v *types.Var
	var path []string
	switch y := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, _ = iv.info().Uses[y].(*types.Var)
	case *ast.SelectorExpr:
		var p string
		if v, p = code.FieldOf(iv.info(), y); p != "" {
			path = append(path, p)
		}
	}
	if v == nil {
		return iv.Expr(x)
	}
	t := s.Recv()
	for _, i := range s.Index()[:len(s.Index())-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return iv.Expr(x)
		}
		f := st.Field(i)
		path, t = append(path, f.Name()), f.Type()
	}
	return iv.field(v, strings.Join(path, "."), x)
}

// inPlaceArg returns, for a parameter of a function literal called where
// it is written (go func(w Mailer) { … }(*m), func(x int) { … }(n)), the
// argument that call passes for it; nil for any other variable. The
// literals are looked at once, on the first question.
func (ix *Detection) inPlaceArg(v *types.Var) ast.Expr {
	if ix.inPlace == nil {
		ix.inPlace = map[*types.Var]ast.Expr{}
		for _, fn := range ix.Funcs {
			if fn.Lit == nil {
				continue
			}
			call, isCall := fn.cur.Parent().Node().(*ast.CallExpr)
			sig, _ := ix.Pass.TypesInfo.TypeOf(fn.Lit).(*types.Signature)
			if !isCall || call.Fun != ast.Expr(fn.Lit) || sig == nil || sig.Variadic() || call.Ellipsis.IsValid() {
				continue
			}
			for i := range min(sig.Params().Len(), len(call.Args)) {
				ix.inPlace[sig.Params().At(i)] = call.Args[i]
			}
		}
	}
	return ix.inPlace[v]
}

// heldFixed reports whether v is not a parameter of the region, nor a
// receiver the question counts as varying (strict) or another method the
// handler calls changes: what it holds was given before the invocation.
func (iv *Invariance) heldFixed(v *types.Var) bool {
	if iv.Params[v] || iv.strict && iv.Recvs[v] {
		return false
	}
	return !iv.Recvs[v] || !iv.ix.recvWritten(v) // another method the handler calls changes it
}

// local reports whether v, a variable of a function, holds the same value
// on every invocation.
func (iv *Invariance) local(v *types.Var) bool { return iv.localAt(v, "") }

// localAt is local for what is read of v through the field path path:
// only the writes that reach it count (t.key = e.Key does not change
// t.region), and so do only the calls v is handed whose facts say they
// write that field (handedOtherFields). Its answer is that read's own:
// v read whole inside the question is judged whole, as usual.
func (iv *Invariance) localAt(v *types.Var, path string) bool {
	return iv.localBefore(v, path, token.NoPos)
}

// localRead is localAt for the read of v at pos: what is given v after
// that read, in a way that cannot run before it, does not count (see
// writtenAfter).
func (iv *Invariance) localRead(v *types.Var, path string, pos token.Pos) bool {
	if iv.Recvs[v] || v.Kind() == types.RecvVar || iv.addressed > 0 || refersToStorage(v.Type()) || !iv.ix.writtenAfter(v, pos) {
		pos = token.NoPos
	}
	return iv.localBefore(v, path, pos)
}

// refersToStorage reports whether a value of type t refers to storage a
// later write through it changes for whoever read it before (a pointer,
// a map, a slice): what was built from it sees the write.
func refersToStorage(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Map, *types.Slice:
		return true
	}
	return false
}

// localBefore is localAt counting, when cut is valid, only the values
// given v and the calls handed it that may run before the read at cut.
func (iv *Invariance) localBefore(v *types.Var, path string, cut token.Pos) bool {
	if iv.Params[v] && len(iv.ix.Assigns[v]) == 0 && len(iv.ix.Handed[v]) == 0 {
		if arg := iv.ix.inPlaceArg(v); arg != nil {
			// go func(w Mailer, …) { … }(*m, rec): what the call passes.
			return iv.Expr(arg)
		}
	}
	if !iv.heldFixed(v) {
		return false
	}
	if v == iv.assumed {
		return true
	}
	memo := iv.memo[0]
	if iv.strict {
		memo = iv.memo[1]
	}
	skip := path != "" && iv.ix.handedOtherFields(v, path)
	later := func(token.Pos) bool { return false }
	if cut.IsValid() {
		flow := iv.ix.flowOf(v)
		later = func(p token.Pos) bool { return flow.after(v.Pos(), cut, p) }
	}
	if path != "" || cut.IsValid() {
		// An answer for this field path, or this read, only, remembered
		// as such.
		key := path
		if iv.strict {
			key += " strict"
		}
		if cut.IsValid() {
			key += "@" + strconv.Itoa(int(cut))
		}
		if iv.pathMemo[key] == nil {
			if iv.pathMemo == nil {
				iv.pathMemo = map[string]map[*types.Var]uint8{}
			}
			iv.pathMemo[key] = map[*types.Var]uint8{}
		}
		memo = iv.pathMemo[key]
	}
	switch memo[v] {
	case memoYes:
		return true
	case memoBusy:
		// opts = append(opts, config.WithRegion(r)): a value built from
		// its own earlier value and invariants is invariant. Only the
		// variable being judged right now counts so: another one's answer
		// would rest on the assumption.
		return len(iv.judging) > 0 && iv.judging[len(iv.judging)-1] == v
	case memoNo:
		return false
	}
	memo[v] = memoBusy
	iv.judging = append(iv.judging, v)
	defer func() { iv.judging = iv.judging[:len(iv.judging)-1] }()
	ok := true
	// json.Unmarshal(body, req): what a call handed the pointer writes
	// through it comes from its other arguments.
	for _, call := range iv.ix.Handed[v] {
		if skip {
			break
		}
		if later(call.Pos()) || iv.ix.leavesArg(call, v) {
			continue // after the read, or a helper that only reads it
		}
		if dynamicCall(iv.info(), call) && !iv.Expr(call.Fun) {
			ok = false // opt(&o): what opt writes is as invariant as opt
		}
		for _, a := range call.Args {
			if id, isID := ast.Unparen(a).(*ast.Ident); isID {
				if w, _ := iv.info().Uses[id].(*types.Var); w == v || w != nil && slices.Contains(iv.judging, w) {
					continue // itself, or a pointer handed along with it being judged (routes.Register(router, svc))
				}
			}
			if code.IsContext(iv.info().TypeOf(a)) {
				continue
			}
			if !iv.Expr(a) {
				ok = false
			}
		}
	}
	for _, a := range iv.ix.Assigns[v] {
		if path != "" && a.Field != "" && !code.Overlaps(a.Field, path) {
			continue // another field
		}
		if later(a.Pos) {
			continue // given after the read (Cfg.AWS = &cfg, after cfg was used)
		}
		if a.Once && a.Field != "" && v.Kind() == types.RecvVar {
			// A field of the receiver filled once, behind a guard on
			// it (if c.ddb == nil { c.ddb = … }): the cache a getter
			// keeps, not a change of what the receiver was given.
			continue
		}
		if a.Setup != nil {
			if !iv.Setup(v, a.Setup) || a.setupIf != nil && !iv.SetupCond(v, a.setupIf) {
				ok = false
			}
			continue
		}
		if a.envLoad != nil {
			if !iv.envLoadSame(a.envLoad) {
				ok = false
			}
			continue
		}
		if a.Configure != nil {
			// Set up by a configurer, the same way on every invocation
			// when what it is given besides v is.
			for _, arg := range a.Configure.Args[1:] {
				if !iv.ConfigArg(a.Configure, arg) {
					ok = false
				}
			}
			continue
		}
		if a.Through != nil && (v.Kind() == types.LocalVar || iv.whole && v.Kind() == types.RecvVar) {
			// A value setting its fields (e.HideBanner = true, a
			// builder's b.region = r): the same value when what it is
			// given, and on what conditions, is. A receiver, in a body
			// that moves whole with its call, is then what the caller
			// gave, which recvSame checks is built afresh.
			// A receiver's field set from what its own methods answer
			// (c.ddb = dynamodb.NewFromConfig(cfg), cfg from c.Config(ctx)):
			// the receiver counts as the same while it is judged, as a
			// set-up's variable does; so does a local whose field is set
			// on a condition read from it (err := cfg.Level.Set(s); if
			// err != nil { cfg.Level = zapcore.DebugLevel }).
			prev := iv.assumed
			iv.assumed = v
			same := iv.Expr(a.Through) && all(a.Conds, iv.Expr)
			iv.assumed = prev
			if !same {
				ok = false
				break
			}
			continue
		}
		if !a.Opaque && a.result > 0 && iv.tupleResult(a.rhs, a.result-1) && all(a.Conds, iv.Expr) {
			continue // the one result of a helper's that is the same each time
		}
		if a.Opaque || !iv.Expr(a.rhs) || !all(a.Conds, iv.Expr) {
			ok = false
			break
		}
	}
	memo[v] = memoNo
	if ok {
		memo[v] = memoYes
		if iv.assumed != nil {
			delete(memo, v) // invariant only if the assumption holds
		}
	}
	return ok
}

// Setup reports whether e, a value given to a field of v
// (cfg.APIOptions = append(cfg.APIOptions, mw)), is the same on every
// invocation when v is.
func (iv *Invariance) Setup(v *types.Var, e ast.Expr) bool {
	prev := iv.assumed
	iv.assumed = v
	defer func() { iv.assumed = prev }()
	return iv.Expr(e)
}

// SetupCond reports whether the if of a conditional set-up of v
// (condSetup) decides the same on every invocation when v is the same:
// its condition and what its init gives.
func (iv *Invariance) SetupCond(v *types.Var, is *ast.IfStmt) bool {
	if init, ok := is.Init.(*ast.AssignStmt); ok {
		for _, e := range init.Rhs {
			if !iv.Setup(v, e) {
				return false
			}
		}
	}
	return iv.Setup(v, is.Cond)
}

// funcLit reports whether a literal (an SDK option function, say) reads
// only invariant values from outside itself.
func (iv *Invariance) funcLit(lit *ast.FuncLit) bool {
	ok := true
	outside := func(v *types.Var) bool { return !v.IsField() && (v.Pos() < lit.Pos() || v.Pos() >= lit.End()) }
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.SelectorExpr:
			// A field of a captured variable is judged as a field (o.Region
			// = s.Region, where what s was handed to writes only s.Prefix).
			if v, path := code.FieldOf(iv.info(), n); v != nil && path != "" && outside(v) {
				ok = iv.Expr(n)
				return false
			}
		case *ast.Ident:
			if v, isVar := iv.info().Uses[n].(*types.Var); isVar && outside(v) && !iv.ident(n) {
				ok = false // judged where it is read: an option function runs in its call
			}
		}
		return ok
	})
	return ok
}

func (iv *Invariance) call(call *ast.CallExpr) bool {
	info := iv.info()
	callee := typeutil.Callee(info, call)
	if callee == nil { // as for every conversion
		if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
			return len(call.Args) == 1 && iv.Expr(call.Args[0]) // conversion
		}
	}
	if v, isVar := callee.(*types.Var); isVar && v.Pkg() != nil && v.Pkg() != iv.ix.Pass.Pkg && v.Parent() == v.Pkg().Scope() &&
		iv.ix.Pass.ImportObjectFact != nil && inModule(iv.ix.Pass, v.Pkg()) && iv.ix.Pass.ImportObjectFact(v, &OnceFact{}) {
		return iv.args(call, true) // awscfg.Get(), a OnceValue of another package
	}
	if v, isVar := callee.(*types.Var); isVar && v.Parent() == iv.ix.Syms.PkgScope {
		if f := iv.ix.FuncOf(call); f != nil {
			callee = f // a package variable holding a function
		} else if iv.ix.onceValue(v) {
			// var cfg = sync.OnceValue(load): every call answers what
			// the first computed.
			return iv.args(call, true)
		}
	}
	if v, isVar := callee.(*types.Var); isVar && v.IsField() {
		if iv.ix.onceField(v) {
			// r.config() with config: sync.OnceValues(load) wherever a
			// value of the struct is built, outside the handlers: every
			// call answers what the first computed.
			return iv.args(call, true)
		}
		return iv.funcFieldResult(call, v) // a.build() with a.build = a.routes
	}
	if f, ok := callee.(*types.Func); ok && isSyncLoad(f.Origin()) {
		// cfgPtr.Load(), cache.Load(k): what the variable holds, the
		// same on every invocation when only Init or a run-once path
		// stores it.
		if v, path := iv.syncVar(call); v != nil {
			return iv.pkgVar(v, path) && iv.args(call, false)
		}
		return false
	}
	switch callee := callee.(type) {
	case *types.Builtin:
		switch callee.Name() {
		case "len", "cap", "min", "max", "real", "imag", "complex", "append":
			if callee.Name() == "len" && len(call.Args) == 1 {
				if _, isChan := code.TypeUnder(info.TypeOf(call.Args[0])).(*types.Chan); isChan {
					return false // what the channel holds now
				}
			}
			return iv.args(call, false)
		case "new":
			// new(true), new("pk = :pk") (Go 1.26): a pointer to a fresh
			// copy of a value, as aws.Bool(true) is; new(T) is not
			// judged (a method called on it may fill it).
			if len(call.Args) == 1 {
				if tv, ok := info.Types[call.Args[0]]; ok && !tv.IsType() {
					return iv.Expr(call.Args[0])
				}
			}
			return false
		case "make":
			// An empty map, slice or channel: the same each time when its
			// sizes are. (Not new(T): a method called on it may fill it,
			// request.Validate(body), which is not followed as a write.)
			for _, a := range call.Args {
				if tv, ok := info.Types[a]; !ok || !tv.IsType() && !iv.Expr(a) {
					return false
				}
			}
			return true
		}
		return false
	case *types.Func:
		// What the handler itself writes first is not the same on every
		// invocation: the environment (os.Setenv from the event), files
		// it writes, the directory it changes to.
		if iv.ix.inRegion != nil {
			if len(iv.ix.envs) > 0 && ReadsEnvCall(info, call) && iv.ix.writtenInRegion(call.Pos(), iv.ix.envs, envKeysRead(info, call)) {
				return false
			}
			if len(iv.ix.fsWrites) > 0 && readsFiles(info, call, callee) && iv.ix.writtenInRegion(call.Pos(), iv.ix.fsWrites, fileKeysRead(info, call, callee)) {
				return false
			}
		}
		if iv.volatileEnv && ReadsEnvCall(info, call) {
			return false
		}
		if readsWholeFile(callee) {
			// os.ReadFile(templatePath()): a file of the deployment
			// package, the same on every invocation unless the handler
			// writes files first (above; Work.Files across packages).
			return iv.args(call, false)
		}
		if isEnvLoader(info, call) {
			return iv.envLoadSame(call) // env.ParseAs[Config]()
		}
		sig := callee.Type().(*types.Signature)
		path := ""
		if callee.Pkg() != nil {
			path = callee.Pkg().Path()
		}
		if iv.ix.Syms.Extra[callee] || catalogue.ClassifyResource(callee) != nil || catalogue.ClassifyReturns(callee, iv.ix.Pass.Pkg) != nil {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil && !iv.Expr(sel.X) {
				return false
			}
			return iv.args(call, true)
		}
		if f := iv.ix.SameOf(callee); f != nil {
			// A constructor of another package of the module, a settings
			// loader or a link of a builder chain: the same value when its
			// receiver and arguments are (the receiver built afresh when
			// it writes through it), and the environment it reads.
			var affects func(string) bool
			if len(f.EnvKeys) > 0 {
				// envx.ParamName() reads PARAM_NAME: a handler setting
				// LOG_LEVEL does not change it.
				affects = func(k string) bool { return k == "" || slices.Contains(f.EnvKeys, k) }
			}
			if f.ReadsEnv && (iv.volatileEnv || iv.ix.inRegion != nil && len(iv.ix.envs) > 0 && iv.ix.writtenInRegion(call.Pos(), iv.ix.envs, affects)) {
				return false
			}
			if len(f.ReadsVars) > 0 {
				// tenancy.UsageTable() answering what tenancy.Configure
				// set: the same unless the handlers set it (Work.State).
				if iv.volatile {
					iv.readKeys(f.ReadsVars...)
					return false
				}
				if changes(f.ReadsVars, iv.ix.regionWritesState()) {
					return false
				}
			}
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil && (!iv.Expr(sel.X) || f.WritesRecv && !iv.ix.fresh(sel.X)) {
				return false
			}
			return iv.args(call, true)
		}
		if catalogue.IsBuilder(callee) {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sig.Recv() != nil && !iv.Expr(sel.X) {
				return false
			}
			return iv.args(call, false)
		}
		if callee.Pkg() == iv.ix.Pass.Pkg {
			return iv.helperResult(call, callee)
		}
		if sig.Recv() != nil {
			// Methods of the SDK's config types (aws.Config.Copy, v1
			// (*aws.Config).WithRegion) build values from their receiver,
			// and so does a library's builder method, which returns a value
			// of its receiver's type (logger.Default.LogMode(logger.Warn),
			// opts.WithTimeout(d)) outside the module.
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			link := !inModule(iv.ix.Pass, callee.Pkg()) && returnsRecvType(sig)
			// A library's method of a scalar (zapcore.Level.Set(text),
			// time.Duration.String()) computes from its receiver and
			// arguments only: nothing for it to reach.
			scalar := !inModule(iv.ix.Pass, callee.Pkg()) && scalarRecv(sig.Recv().Type())
			return ok && (catalogue.IsSDKConfigType(sig.Recv().Type()) || link || scalar) && iv.Expr(sel.X) && iv.args(call, true)
		}
		if catalogue.IsSDKPackage(path) {
			for _, p := range catalogue.TimeLimited {
				if path == p {
					return false
				}
			}
			return iv.args(call, true)
		}
		if catalogue.IsPureFunc(callee) {
			return iv.args(call, false)
		}
	}
	return false
}

// scalarRecv reports whether a receiver type is, or points to, a named
// type whose underlying type is a basic one (a number, a string, a bool).
func scalarRecv(t types.Type) bool {
	_, basic := derefType(t).Underlying().(*types.Basic)
	return basic
}

// args reports whether every argument is invariant. When ctxOK is set, a
// context.Context argument counts as invariant: the SDK uses it only for
// cancellation while it builds the value.
func (iv *Invariance) args(call *ast.CallExpr, ctxOK bool) bool {
	for _, a := range call.Args {
		if ctxOK && code.IsContext(iv.info().TypeOf(a)) {
			continue
		}
		if !iv.Expr(a) {
			return false
		}
	}
	return true
}

// paramsOK reports whether an input literal is a params finding: an SDK
// operation input with at least one field, every field invariant, no
// member the SDK writes into while it sends it (sdkWritesInto), and used
// only as the input of SDK operation calls or paginators, which copy it.
func (iv *Invariance) paramsOK(c *Candidate, fn *FuncNode) bool {
	lit := c.Node.(*ast.CompositeLit)
	if iv.ix.sdkWrites(catalogue.InputType(iv.info().TypeOf(lit))) {
		return false
	}
	invariant := iv.compositeLit(lit)
	if !invariant {
		return false
	}
	cur := c.cur
	if u, ok := cur.Parent().Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		cur = cur.Parent()
	}
	switch iv.inputUse(cur, fn) {
	case useOperation:
		return true
	case useReturned:
		return iv.returned
	}
	return false
}

// How a value of fn at a cursor is used (inputUse).
const (
	useOther     = iota
	useOperation // handed only to SDK operations
	useReturned  // returned by fn
)

// inputUse reports how the value at cur, an operation input fn builds or
// a call returning one, is used: handed to SDK operations only (directly,
// or through a local assigned once and used for nothing else), returned
// as fn's single result, or otherwise (kept, changed, passed on).
func (iv *Invariance) inputUse(cur inspector.Cursor, fn *FuncNode) int {
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			break
		}
		cur = cur.Parent()
	}
	switch p := cur.Parent().Node().(type) {
	case *ast.CallExpr:
		if iv.sdkOperation(p, cur.Node()) {
			return useOperation
		}
		if returns, fills := iv.fillsArg(p, cur.Node()); fills && returns && p.Fun != cur.Node() {
			// withTopic(&sns.PublishInput{}, arn): the input, filled
			// with what is the same on every invocation, given back.
			return iv.inputUse(cur.Parent(), fn)
		}
	case *ast.AssignStmt:
		if len(p.Lhs) != 1 || len(p.Rhs) != 1 {
			return useOther
		}
		if id, ok := p.Lhs[0].(*ast.Ident); ok {
			return iv.localInputUse(id, fn)
		}
	case *ast.ValueSpec:
		if len(p.Names) == 1 && len(p.Values) == 1 {
			return iv.localInputUse(p.Names[0], fn)
		}
	case *ast.ReturnStmt:
		if len(p.Results) == 1 && fn.Decl != nil && iv.ix.FuncAround(cur) == fn {
			return useReturned
		}
	}
	return useOther
}

// localInputUse is inputUse for the input a local declared by id is
// given: assigned once, and every use passes it (or its address) to an
// SDK operation call (useOperation), or the one use that is not a field
// set returns it (useReturned: in := &T{}; in.QueueUrl = …; return in).
func (iv *Invariance) localInputUse(id *ast.Ident, fn *FuncNode) int {
	if iv.onlyOperationInput(id, fn) {
		return useOperation
	}
	info := iv.info()
	v, _ := info.Defs[id].(*types.Var)
	if v == nil || fn.Decl == nil || !iv.assignedOnce(v) {
		return useOther
	}
	returned := 0
	for _, cur := range iv.usesOf(fn, v) {
		if cur.Node() == id || iv.sameFieldSet(v, cur) || iv.appendedTo(v, cur) {
			continue
		}
		r, ok := cur.Parent().Node().(*ast.ReturnStmt)
		if !ok || len(r.Results) != 1 || iv.ix.FuncAround(cur) != fn {
			return useOther
		}
		returned++
	}
	if returned == 0 {
		return useOther
	}
	return useReturned
}

// assignedOnce reports whether v is given a value once, its fields aside.
func (iv *Invariance) assignedOnce(v *types.Var) bool {
	whole := 0
	for _, a := range iv.ix.Assigns[v] {
		if a.Field == "" || a.Through == nil {
			whole++
		}
	}
	return whole == 1
}

// onlyOperationInput reports whether the variable declared by id is
// assigned once and every use passes it (or its address) to an SDK
// operation call.
func (iv *Invariance) onlyOperationInput(id *ast.Ident, fn *FuncNode) bool {
	info := iv.info()
	v, _ := info.Defs[id].(*types.Var)
	if v == nil {
		v, _ = info.Uses[id].(*types.Var)
	}
	if v == nil || v.Parent() == iv.ix.Syms.PkgScope {
		return false
	}
	// Assigned once; its fields may be set after (sameFieldSet judges
	// each where it is).
	if !iv.assignedOnce(v) {
		return false
	}
	uses := 0
	for _, cur := range iv.usesOf(fn, v) {
		if cur.Node() == id {
			continue
		}
		if iv.sameFieldSet(v, cur) || iv.appendedTo(v, cur) {
			continue // q.Limit = aws.Int32(pageSize()): the same on every run
		}
		arg := cur
		if u, ok := cur.Parent().Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
			arg = cur.Parent()
		}
		call, ok := arg.Parent().Node().(*ast.CallExpr)
		if ok && iv.readsOnly(call, arg.Node()) {
			continue // logInput(d), which only reads its fields
		}
		if ok && call.Fun != arg.Node() {
			if returns, fills := iv.fillsArg(call, arg.Node()); fills {
				// queues.SetTarget(in): fields set from what is the same
				// on every invocation; what it gives back is the input.
				if _, stmt := arg.Parent().Parent().Node().(*ast.ExprStmt); stmt {
					continue
				}
				if returns && iv.inputUse(arg.Parent(), fn) == useOperation {
					uses++
					continue
				}
				return false
			}
		}
		uses++
		if !ok || !iv.sdkOperation(call, arg.Node()) {
			return false
		}
	}
	return uses > 0
}

// sameFieldSet reports whether the use of v at cur sets a field of it
// (q.Limit = aws.Int32(pageSize())) to a value the same on every run, on
// conditions that are too: the input stays the same.
func (iv *Invariance) sameFieldSet(v *types.Var, cur inspector.Cursor) bool {
	sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
	if !ok || sel.X != cur.Node() {
		return false
	}
	as, ok := cur.Parent().Parent().Node().(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || as.Lhs[0] != ast.Expr(sel) {
		return false
	}
	a, found := iv.ix.assignAt(v, sel.Pos())
	e := a.fieldValue()
	if !found || e == nil || !all(a.Conds, iv.Expr) {
		return false
	}
	if args, ok := selfAppend(iv.info(), sel, e); ok {
		// in.Items = append(in.Items, item()): what it had, and
		// the same values added, once (not in a loop).
		return !inLoop(cur) && all(args, iv.Expr)
	}
	return iv.Expr(e)
}

// selfAppend returns the values e, the value assigned to the field
// selected by sel, appends to that same field (append(in.Items, a, b)).
func selfAppend(info *types.Info, sel *ast.SelectorExpr, e ast.Expr) ([]ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 || call.Ellipsis.IsValid() {
		return nil, false
	}
	if b, ok := typeutil.Callee(info, call).(*types.Builtin); !ok || b.Name() != "append" {
		return nil, false
	}
	first, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
	if !ok || info.Uses[first.Sel] != info.Uses[sel.Sel] || info.Uses[first.Sel] == nil {
		return nil, false
	}
	x, y := code.IdentOf(first.X), code.IdentOf(sel.X)
	if x == nil || y == nil || info.Uses[x] != info.Uses[y] {
		return nil, false
	}
	return call.Args[1:], true
}

// inLoop reports whether the node at cur is inside a loop of the function
// around it.
func inLoop(cur inspector.Cursor) bool {
	for c := cur.Parent(); ; c = c.Parent() {
		switch c.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncDecl, *ast.FuncLit, nil:
			return false
		}
	}
}

// appendedTo reports whether the use of v at cur reads the field an
// assignment sets by appending to it (in.Items in in.Items =
// append(in.Items, …)), which sameFieldSet judges.
func (iv *Invariance) appendedTo(v *types.Var, cur inspector.Cursor) bool {
	sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
	if !ok || sel.X != cur.Node() {
		return false
	}
	call, ok := cur.Parent().Parent().Node().(*ast.CallExpr)
	if !ok || len(call.Args) == 0 || call.Args[0] != ast.Expr(sel) {
		return false
	}
	as, ok := cur.Parent().Parent().Parent().Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 || as.Rhs[0] != ast.Expr(call) {
		return false
	}
	lhs, ok := as.Lhs[0].(*ast.SelectorExpr)
	if !ok {
		return false
	}
	_, self := selfAppend(iv.info(), lhs, call)
	return self && code.IdentOf(lhs.X) != nil && iv.info().Uses[code.IdentOf(lhs.X)] == v
}

// readsOnly reports whether call, a call of a function of this package
// handed arg (an input, or its address), only reads what it is given:
// its parameter is never assigned, handed on, or used but to read a
// field of it.
func (iv *Invariance) readsOnly(call *ast.CallExpr, arg ast.Node) bool {
	callee, ok := typeutil.Callee(iv.info(), call).(*types.Func)
	if !ok || callee.Signature().Variadic() {
		return false
	}
	i := slices.Index(call.Args, arg.(ast.Expr))
	if i < 0 || i >= callee.Signature().Params().Len() {
		return false
	}
	if callee.Pkg() != iv.ix.Pass.Pkg {
		// Another package's, by its fact (sqsmsg.Log(in)).
		f := iv.ix.anyFact(callee)
		return f != nil && slices.Contains(f.ReadsParams, i)
	}
	fn := iv.ix.Decls[callee.Origin()]
	return fn != nil && fn.Decl != nil && fn.Decl.Body != nil && iv.ix.onlyReadsParam(fn, callee.Signature().Params().At(i))
}

// onlyReadsParam reports whether fn, given the pointer p, only reads it:
// p is never assigned, handed on, or used but to read a field of it, and
// a field read is handed only to functions that read what they get.
func (ix *Detection) onlyReadsParam(fn *FuncNode, p *types.Var) bool {
	info := ix.Pass.TypesInfo
	if _, ptr := p.Type().Underlying().(*types.Pointer); !ptr || len(ix.Assigns[p]) > 0 || len(ix.Handed[p]) > 0 {
		return false
	}
	for cur := range fn.cur.Preorder((*ast.Ident)(nil)) {
		if info.Uses[cur.Node().(*ast.Ident)] != p {
			continue
		}
		sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != cur.Node() {
			return false
		}
		if u, ok := cur.Parent().Parent().Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
			return false
		}
		if c, ok := cur.Parent().Parent().Node().(*ast.CallExpr); ok && c.Fun != ast.Expr(sel) {
			if f, ok := typeutil.Callee(info, c).(*types.Func); !ok || !catalogue.IsPureFunc(f) && !onlyReadsArgs(f) {
				return false // its field handed to a function that may write through it
			}
		}
		if s, ok := info.Selections[sel]; !ok || s.Kind() != types.FieldVal {
			return false // a method of it, which may change it
		}
	}
	return true
}

// onlyReadsArgs reports whether fn only reads what it is given: it
// formats and prints it (fmt, log, log/slog), or is one of the SDK's
// pointer readers (aws.ToString).
func onlyReadsArgs(fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "fmt", "log", "log/slog":
		return true
	case "github.com/aws/aws-sdk-go-v2/aws", "github.com/aws/aws-sdk-go/aws":
		return fn.Signature().Recv() == nil && strings.HasPrefix(fn.Name(), "To")
	}
	return false
}

// usesIn returns where each variable is used in fn, walking it once.
// usesOf returns the identifiers of fn that use v. Most functions are
// asked about one variable: the first question walks fn for v alone, and
// a second one indexes every variable of fn (a handler with a thousand
// params findings asks a thousand times).
func (iv *Invariance) usesOf(fn *FuncNode, v *types.Var) []inspector.Cursor {
	if m, ok := iv.uses[fn]; ok {
		if m != nil {
			return m[v]
		}
		m = map[*types.Var][]inspector.Cursor{}
		iv.eachUse(fn, func(u *types.Var, cur inspector.Cursor) { m[u] = append(m[u], cur) })
		iv.uses[fn] = m
		return m[v]
	}
	if iv.uses == nil {
		iv.uses = map[*FuncNode]map[*types.Var][]inspector.Cursor{}
	}
	iv.uses[fn] = nil // asked once
	var out []inspector.Cursor
	iv.eachUse(fn, func(u *types.Var, cur inspector.Cursor) {
		if u == v {
			out = append(out, cur)
		}
	})
	return out
}

// eachUse calls f for each identifier of fn that uses a variable.
func (iv *Invariance) eachUse(fn *FuncNode, f func(*types.Var, inspector.Cursor)) {
	info := iv.info()
	// The body's identifiers come in the order of its list, which has
	// their objects: only those of the signature are looked up.
	ids, j := iv.ix.IdentsOf(fn), 0
	for cur := range fn.cur.Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		var obj types.Object
		if j < len(ids) && ids[j].Ident == id {
			obj = ids[j].Use
			j++
		} else {
			obj = info.Uses[id]
		}
		if v, ok := obj.(*types.Var); ok {
			f(v, cur)
		}
	}
}

// sdkOperation reports whether call is an SDK client operation that takes
// arg as its input: a method of a service package's client, or a
// paginator, which copies the input before it writes the page token (v2's
// NextPage does params := *p.params; v1's …Pages methods copy it in
// NewRequest; gensdkwrites checks the v2 ones). Waiters and request
// builders are not: they keep the input.
func (iv *Invariance) sdkOperation(call *ast.CallExpr, arg ast.Node) bool {
	return operationInput(iv.info(), call, arg)
}

// operationInput reports whether call hands arg, one of its arguments, to
// an SDK operation or paginator, which reads it (or copies it) and keeps
// nothing: a method of a service package's client, or New<Op>Paginator
// taking it as its params. Waiters and request builders keep the input.
// The index (a local passed as &in) and the params check share it.
func operationInput(info *types.Info, call *ast.CallExpr, arg ast.Node) bool {
	i := slices.IndexFunc(call.Args, func(a ast.Expr) bool { return a == arg })
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if i < 0 || fn == nil || fn.Pkg() == nil {
		return false
	}
	if !catalogue.IsServicePackage(fn.Pkg().Path()) {
		return sdkShapedMethod(fn, i)
	}
	name := fn.Name()
	if fn.Signature().Recv() == nil {
		// v2: New<Op>Paginator(client, params, optFns...).
		return strings.HasPrefix(name, "New") && strings.HasSuffix(name, "Paginator") && i == 1
	}
	return !strings.HasSuffix(name, "Request") && !strings.HasPrefix(name, "WaitUntil")
}

// sdkShapedMethod reports whether fn is a method of an interface that
// stands for an SDK client (type eventClient interface { DescribeEventBus(
// ctx, *eventbridge.DescribeEventBusInput, ...func(*eventbridge.Options))
// … }, kept for tests' fakes) and parameter i is the operation's input:
// the program gives it the SDK's client, which keeps nothing of it.
func sdkShapedMethod(fn *types.Func, i int) bool {
	sig := fn.Signature()
	recv := sig.Recv()
	if recv == nil || !types.IsInterface(recv.Type()) || !sig.Variadic() || i >= sig.Params().Len()-1 {
		return false
	}
	ptr, ok := sig.Params().At(i).Type().(*types.Pointer)
	if !ok {
		return false
	}
	in := catalogue.InputType(ptr.Elem())
	opts, ok := sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice)
	if in == nil || !ok {
		return false
	}
	f, ok := opts.Elem().Underlying().(*types.Signature)
	if !ok || f.Params().Len() != 1 {
		return false
	}
	p, ok := f.Params().At(0).Type().(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && named.Obj().Pkg() == in.Obj().Pkg() && named.Obj().Name() == "Options"
}

// recvWritten reports whether a method of the receiver's type that runs
// per invocation writes its receiver (s.configure(ev.Region) setting
// s.region): then what the handler reads from its receiver varies.
func (ix *Detection) recvWritten(recv *types.Var) bool {
	if w, ok := ix.recvMemo[recv]; ok {
		return w
	}
	if ix.recvMemo == nil {
		ix.recvMemo = map[*types.Var]bool{}
	}
	w := ix.recvWrittenBy(recv)
	ix.recvMemo[recv] = w
	return w
}

// recvFieldWritten is recvWritten for what is read of recv through the
// field path path: only the writes of other methods that may reach it
// count (pattern() setting c.valid does not change c.Assets).
func (ix *Detection) recvFieldWritten(recv *types.Var, path string) bool {
	return ix.recvWrittenWhere(recv, func(a Assignment) bool { return a.Field == "" || code.Overlaps(a.Field, path) })
}

func (ix *Detection) recvWrittenBy(recv *types.Var) bool {
	return ix.recvWrittenWhere(recv, func(Assignment) bool { return true })
}

// recvWrittenWhere reports whether another method the region runs, on a
// receiver of recv's type, makes an assignment to it that counts.
func (ix *Detection) recvWrittenWhere(recv *types.Var, counts func(Assignment) bool) bool {
	t := recv.Type()
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	for fn := range ix.inRegion {
		if fn.Decl == nil || fn.Decl.Recv == nil {
			continue
		}
		obj, _ := ix.Pass.TypesInfo.Defs[fn.Decl.Name].(*types.Func)
		if obj == nil {
			continue
		}
		r := obj.Signature().Recv()
		rt := r.Type()
		if p, ok := rt.(*types.Pointer); ok {
			rt = p.Elem()
		}
		if r != recv && types.Identical(rt, t) && (slices.ContainsFunc(ix.Assigns[r], counts) || len(ix.Handed[r]) > 0) {
			return true
		}
	}
	return false
}

// setupOnly reports whether fn runs only while the program sets up: it is
// called only from main, init or other such functions (configure(), which
// main calls before lambda.Start), never per invocation and never as a
// value.
func (ix *Detection) setupOnly(fn *FuncNode, seen map[*FuncNode]bool) bool {
	if fn == nil || fn.Decl == nil || fn.Decl.Recv != nil || ix.inRegion[fn] {
		return false
	}
	if fn.IsNamed("main") || fn.IsNamed("init") {
		return true
	}
	if seen[fn] {
		return false
	}
	if seen == nil {
		// The outermost question, asked once per function: every
		// invariance (a summary makes one per parameter) may ask again.
		if r, ok := ix.setupMemo[fn]; ok {
			return r
		}
		r := ix.setupOnly(fn, map[*FuncNode]bool{})
		if ix.setupMemo == nil {
			ix.setupMemo = map[*FuncNode]bool{}
		}
		ix.setupMemo[fn] = r
		return r
	}
	seen[fn] = true
	obj, _ := ix.Pass.TypesInfo.Defs[fn.Decl.Name].(*types.Func)
	if obj == nil {
		return false
	}
	sites, refs := 0, 0
	for _, caller := range ix.Funcs {
		for _, c := range caller.calls {
			if c == obj {
				refs++
			}
		}
		for _, site := range caller.sites {
			if site.callee != obj {
				continue
			}
			sites++
			if site.later || !ix.setupOnly(caller, seen) {
				return false
			}
		}
	}
	return sites > 0 && sites == refs
}

// all reports whether every one of xs is ok.
func all[T any](xs []T, ok func(T) bool) bool {
	for _, x := range xs {
		if !ok(x) {
			return false
		}
	}
	return true
}

// returnsRecvType reports whether a method returns first a value of its
// receiver's type, or a pointer to it: a builder's link.
func returnsRecvType(sig *types.Signature) bool {
	if sig.Results().Len() == 0 {
		return false
	}
	base := func(t types.Type) types.Type {
		if p, ok := t.(*types.Pointer); ok {
			return p.Elem()
		}
		return t
	}
	return types.Identical(base(sig.Recv().Type()), base(sig.Results().At(0).Type()))
}

// onceValue reports whether the package variable v is given one value
// only, at its declaration: what sync.OnceValue or sync.OnceValues
// returns.
func (ix *Detection) onceValue(v *types.Var) bool {
	as := ix.Assigns[v]
	if len(as) != 1 || as[0].In != nil || as[0].Opaque {
		return false
	}
	call, ok := ast.Unparen(as[0].rhs).(*ast.CallExpr)
	return ok && ix.makesOnceValue(call, 0)
}

// onceField reports whether every value the package stores into the
// function field f is made by sync.OnceValue or sync.OnceValues
// (makesOnceValue), outside the per-invocation region and tests; another
// package's struct, or a field never stored, is not known.
func (ix *Detection) onceField(f *types.Var) bool {
	stores := ix.FuncFields[f]
	if len(stores) == 0 {
		return false
	}
	for _, st := range stores {
		call, ok := ast.Unparen(st.Value).(*ast.CallExpr)
		if !ok || !ix.makesOnceValue(call, 0) {
			return false
		}
		if st.In != nil && !st.In.IsNamed("main") && !st.In.IsNamed("init") && (ix.inRegion == nil || ix.inRegion[st.In]) {
			return false
		}
	}
	return true
}

// makesOnceValue reports whether call returns what sync.OnceValue or
// sync.OnceValues returns: it calls one, or a function of this package
// whose body returns one (memo(load), with func memo[T any](f func() T)
// func() T { return sync.OnceValue(f) }).
func (ix *Detection) makesOnceValue(call *ast.CallExpr, depth int) bool {
	f, _ := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func)
	if f == nil || f.Pkg() == nil || depth > 3 {
		return false
	}
	if f.Pkg().Path() == "sync" {
		return f.Name() == "OnceValue" || f.Name() == "OnceValues"
	}
	fn := ix.Decls[f.Origin()]
	if f.Pkg() != ix.Pass.Pkg || fn == nil || fn.Decl == nil || fn.Decl.Body == nil || len(fn.Decl.Body.List) != 1 {
		return false
	}
	ret, ok := fn.Decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	inner, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	return ok && ix.makesOnceValue(inner, depth+1)
}

// sameWritten reports whether k names a package variable of this package
// that every write outside a run-once path or a test gives the same value
// whatever the program does: an unconditional assignment of the whole
// variable from invariants, and from such variables (awsgo.Init()
// setting Ctx = context.TODO() and Cfg from config.LoadDefaultConfig(Ctx,
// config.WithRegion("us-east-1"))).
func (ix *Detection) sameWritten(k string) bool {
	if st, ok := ix.sameMemo[k]; ok {
		return st == memoYes // memoBusy: a write that reads itself is not
	}
	if ix.sameMemo == nil {
		ix.sameMemo = map[string]uint8{}
	}
	ix.sameMemo[k] = memoBusy
	ok := false
	for v, ws := range ix.PkgWriters {
		if v.Pkg() != ix.Pass.Pkg || objKey(v) != k {
			continue
		}
		ok = true
		for _, w := range ws {
			if w.Test || w.Once {
				continue
			}
			if w.Opaque || w.rhs == nil || len(w.Conds) > 0 || w.Field != "" || w.In == nil || w.In.Decl == nil {
				ok = false
				break
			}
			iv := ix.wholeWith(map[*types.Var]bool{})
			iv.sameVars = true
			for p := range ix.paramIndex(w.In) {
				iv.Params[p] = true // what the writer is given may vary
			}
			if !iv.Expr(w.rhs) {
				ok = false
				break
			}
		}
	}
	ix.sameMemo[k] = memoNo
	if ok {
		ix.sameMemo[k] = memoYes
	}
	return ok
}

// bodyFlow is what decides, in the outermost function holding a local,
// whether one point of it runs before another: its loops and their
// bodies, its function literals (which may run at any later time), and
// whether it jumps backwards (goto).
type bodyFlow struct {
	loops []loopSpan
	lits  []span
	jumps bool
}

type span [2]token.Pos

func (s span) holds(p token.Pos) bool { return s[0] <= p && p < s[1] }

type loopSpan struct{ stmt, body span }

// flowOf returns the bodyFlow of the outermost function that declares v,
// walked once per function; nil when v is not a local of one.
func (ix *Detection) flowOf(v *types.Var) *bodyFlow {
	top := ix.funcAt(v.Pos())
	for top != nil && top.Outer != nil {
		top = top.Outer
	}
	if top == nil {
		return nil
	}
	if f, ok := ix.flowMemo[top]; ok {
		return f
	}
	f := &bodyFlow{}
	for cur := range top.cur.Preorder((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil), (*ast.BranchStmt)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.FuncLit:
			if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && ix.runsOptions(call, n) {
				continue // an SDK option function: it runs in the call
			}
			f.lits = append(f.lits, span{n.Pos(), n.End()})
		case *ast.BranchStmt:
			f.jumps = f.jumps || n.Tok == token.GOTO
		case *ast.ForStmt:
			f.loops = append(f.loops, loopSpan{span{n.Pos(), n.End()}, span{n.Body.Pos(), n.Body.End()}})
		case *ast.RangeStmt:
			f.loops = append(f.loops, loopSpan{span{n.Pos(), n.End()}, span{n.Body.Pos(), n.Body.End()}})
		}
	}
	if ix.flowMemo == nil {
		ix.flowMemo = map[*FuncNode]*bodyFlow{}
	}
	ix.flowMemo[top] = f
	return f
}

// runsOptions reports whether call, handed lit as an argument, runs it
// before it returns: an option function of an SDK constructor or
// operation (dynamodb.NewFromConfig(cfg, func(o *dynamodb.Options) {…})),
// or of a catalogued constructor.
func (ix *Detection) runsOptions(call *ast.CallExpr, lit *ast.FuncLit) bool {
	if !slices.Contains(call.Args, ast.Expr(lit)) {
		return false
	}
	callee, ok := typeutil.Callee(ix.Pass.TypesInfo, call).(*types.Func)
	if !ok || callee.Pkg() == nil {
		return false
	}
	return catalogue.IsSDKPackage(callee.Pkg().Path()) || catalogue.Classify(callee) != nil
}

// innerLit returns the innermost function literal holding pos, or the
// zero span.
func (f *bodyFlow) innerLit(pos token.Pos) span {
	var in span
	for _, s := range f.lits {
		if s.holds(pos) && s[0] >= in[0] {
			in = s
		}
	}
	return in
}

// after reports whether what happens at p cannot run before the read at
// read of a local declared at decl: p comes later in the body, the read
// is in the function that declares the local (not in a literal of it,
// which may run at any later time), no loop holds both unless the local
// is declared afresh in its body on each turn, and nothing jumps back.
func (f *bodyFlow) after(decl, read, p token.Pos) bool {
	if f == nil || f.jumps || p <= read || f.innerLit(read) != f.innerLit(decl) {
		return false
	}
	for _, l := range f.loops {
		if l.stmt.holds(read) && l.stmt.holds(p) && !l.body.holds(decl) {
			return false
		}
	}
	return true
}

// simpleStmtAt returns the statement without statements inside it (an
// assignment, a return, a call…) holding pos, or nil.
func (ix *Detection) simpleStmtAt(pos token.Pos) ast.Node {
	cur, ok := ix.Ins.Root().FindByPos(pos, pos)
	if !ok {
		return nil
	}
	for c := cur; c.Node() != nil; c = c.Parent() {
		switch n := c.Node().(type) {
		case *ast.AssignStmt, *ast.ExprStmt, *ast.ReturnStmt, *ast.DeclStmt, *ast.IncDecStmt, *ast.SendStmt, *ast.GoStmt, *ast.DeferStmt:
			return n
		case *ast.FuncLit, *ast.FuncDecl, *ast.BlockStmt:
			return nil
		}
	}
	return nil
}

// writtenAfter reports whether v, a local, is given a value or handed to
// a call after the read at pos in a way that cannot run before it.
func (ix *Detection) writtenAfter(v *types.Var, pos token.Pos) bool {
	if !pos.IsValid() {
		return false
	}
	var flow *bodyFlow
	var stmt ast.Node
	check := func(p token.Pos) bool {
		if p <= pos {
			return false
		}
		if flow == nil {
			if flow = ix.flowOf(v); flow == nil {
				return false
			}
			stmt = ix.simpleStmtAt(pos)
		}
		if stmt != nil && p < stmt.End() {
			return false // return e, json.Unmarshal(raw, &e): one statement, in an order not known
		}
		return flow.after(v.Pos(), pos, p)
	}
	for _, a := range ix.Assigns[v] {
		if check(a.Pos) {
			return true
		}
	}
	for _, call := range ix.Handed[v] {
		if check(call.Pos()) {
			return true
		}
	}
	return false
}
