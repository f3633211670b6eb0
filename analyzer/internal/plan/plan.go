package plan

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"reflect"
	"slices"
	"sort"
	"strconv"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"
	"github.com/lambdainit/lambdainit/analyzer/internal/detect"

	"github.com/lambdainit/lambdainit/analyzer/internal/hoist"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file plans a hoist: which statements of a function leave it
// together with its findings, which locals become package variables, and
// where the code lands. It only decides; the hoist package writes the edits.

// plan is how the findings of one function leave it.
type plan struct {
	kept *usesOfKept // see keptUses
	// methodCalls are the method calls the kept statements make on each
	// variable (see catalogueMethodChanges).
	methodCalls map[*types.Var][]*ast.CallExpr
	pl          *planner
	ix          *detect.Detection
	iv          *detect.Invariance
	fn          *detect.FuncNode
	h           *detect.Handler
	body        *ast.BlockStmt
	findings    []*detect.Finding

	defIdx map[*types.Var]int // local → index of the top-level statement that defines it
	moved  map[int]bool       // indexes of moved top-level statements
	checks map[int]*types.Var // moved error checks → the error they check
	exprs  []*hoist.MovedExpr // finding expressions replaced by a package variable
	ctx    []ast.Expr         // per-invocation contexts (ctx, r.Context()) to replace with context.Background()
	ctxSet map[ast.Expr]bool  // the same, to look up
	reads  map[*types.Var]bool
	// fields are the paths of fields through which the moved code reads
	// each of reads ("" for all of it; code.FieldPath).
	fields map[*types.Var][]string
	// runs are the functions of the package the moved code calls: what
	// they write moves with it.
	runs map[*detect.FuncNode]bool
	// helperEnv: a helper the moved code calls reads the environment.
	helperEnv bool
	// stateOf names another package whose state (a variable its own
	// functions set, the environment) a function the moved code calls
	// builds from (detect.Work.State): main may set it up before Start.
	stateOf string
	pkgVars map[*types.Var]bool // locals that become package variables
	keepErr []*types.Var        // checked errors the handler still uses: declared in place
	land    hoist.Landing
	reason  string // why the move is not safe, when it is not

}

func newPlan(pl *planner, fn *detect.FuncNode, h *detect.Handler) *plan {
	ix := pl.ix
	p := &plan{
		pl: pl, ix: ix, iv: pl.iv, fn: fn, h: h, body: fn.Body(),
		defIdx: map[*types.Var]int{}, moved: map[int]bool{}, checks: map[int]*types.Var{},
		reads: map[*types.Var]bool{}, fields: map[*types.Var][]string{}, runs: map[*detect.FuncNode]bool{}, pkgVars: map[*types.Var]bool{}, ctxSet: map[ast.Expr]bool{},
	}
	for i, st := range p.body.List {
		for _, id := range code.DefinedIdents(st) {
			if v, ok := ix.Pass.TypesInfo.Defs[id].(*types.Var); ok {
				p.defIdx[v] = i
			}
		}
	}
	return p
}

func (p *plan) fail(reason string) bool {
	if p.reason == "" {
		p.reason = reason
	}
	return false
}

// add plans the move of one finding; false (with p.reason) when it cannot
// move safely.
func (p *plan) add(f *detect.Finding) bool {
	if p.fn.Decl != nil && p.fn.Decl.Recv == nil && p.ix.InitCalls[p.ix.Pass.TypesInfo.Defs[p.fn.Decl.Name].(*types.Func)] {
		return p.fail(p.fn.Name() + " also runs during package initialisation")
	}
	if g := f.Cand.Guard; g != nil && !g[0].IsField() {
		return p.fail("it is kept in " + g[0].Name() + ", which the handler clears on every invocation; stop clearing it, and the guard builds it once")
	}
	for _, w := range f.Work {
		if w.RequestKeyed() {
			return p.fail(code.FuncLabel(f.Cand.Fn) + " keeps it under the key it is given, which is the request ID, new on every invocation; key it by something that repeats")
		}
		if w.Guard != nil {
			return p.fail(code.FuncLabel(f.Cand.Fn) + " keeps it in " + w.GuardLabel() + ", which the handler clears on every invocation; stop clearing it, and the guard builds it once")
		}
		if w.SetFirst {
			return p.fail("it reads package variables the handler sets first on every invocation (to the same value each time), which are not set before then; set them once, before the Start call, and build it after")
		}
	}
	if f.Cand.Kind == config.KindFetch {
		return p.fail("when a cached secret or parameter is refreshed is a decision to make, not a move")
	}
	if c := f.Cand; c.Dispatched {
		// The work is in another package, reached through an interface
		// or a function value: name where to change it.
		for _, w := range c.Fact.Work {
			if w.Func != "" {
				return p.fail("the work is in " + w.Func + "; build it once where package " + w.FuncPkg() + " is set up (in main, before the Start call), and pass it in")
			}
		}
		return p.fail(code.FuncLabel(c.Fn) + " does more than build what it returns; build it once where " + c.Fn.Pkg().Name() + " is set up, or pass it in")
	}
	if c := f.Cand; c.Fact != nil && !c.Fact.Ctor {
		if c.FuncValue != "" {
			// newCounter(cfg): which function runs is decided where the
			// value is set; the call itself cannot move.
			return p.fail("the call goes through the function value " + c.FuncValue + "; call it once outside the handler and keep what it returns, or have the functions it holds reuse what they build")
		}
		if c.Fn.Pkg() == p.ix.Pass.Pkg {
			// A helper of this package, given what makes its work the
			// same every time: the work is in its body, with its inputs.
			return p.fail(code.FuncLabel(c.Fn) + " builds it from what this call passes, and does more than build what it returns; build it once outside the handler and pass it to " + c.Fn.Name())
		}
		return p.fail(code.FuncLabel(c.Fn) + " does more than build what it returns; build it once where " + c.Fn.Pkg().Name() + " is set up, or pass it in")
	}
	if why := badPattern(p.ix.Pass.TypesInfo, f.Cand); why != "" {
		return p.fail(why)
	}
	if f.Cand.Opaque {
		return p.fail("lambdainit does not look inside " + code.Qualified(f.Cand.Fn) + ", which may keep the one it returns")
	}
	e, cur := f.Expr()
	idx := p.homeIndex(cur)
	if idx < 0 {
		return p.fail("it is not in a statement of the function body")
	}
	p.findings = append(p.findings, f)
	if wholeDefinition(p.ix.Pass.TypesInfo, p.body.List[idx], e) {
		return p.needStmt(idx)
	}
	if _, tuple := p.ix.Pass.TypesInfo.TypeOf(e).(*types.Tuple); tuple {
		if as, ok := cur.Parent().Node().(*ast.AssignStmt); ok && len(as.Rhs) == 1 && as != p.body.List[idx] {
			return p.fail("its values are assigned inside a block (a loop, an if, a switch) of " + p.fn.Name() + ", not at the top of its body")
		}
		return p.fail("it returns more than one value inside a larger expression")
	}
	if why := p.filledByCall(f, cur); why != "" {
		return p.fail(why)
	}
	if !p.needDeps(e, idx) {
		return false
	}
	p.exprs = append(p.exprs, &hoist.MovedExpr{Expr: e})
	return true
}

// filledByCall returns why an input literal handed to a function of the
// module that sets its fields (withTopic(&sns.PublishInput{}, arn)) does
// not move alone, or "": moved, it would be one value the call writes on
// every invocation, and every invocation running at once.
func (p *plan) filledByCall(f *detect.Finding, cur inspector.Cursor) string {
	if !f.Cand.Input() {
		return ""
	}
	arg, c := cur, cur.Parent()
	if u, ok := c.Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		arg, c = c, c.Parent()
	}
	call, ok := c.Node().(*ast.CallExpr)
	if !ok || !p.ix.FilledBy(call, arg.Node()) {
		return "" // an operation, also through a port of the module
	}
	fn := typeutil.Callee(p.ix.Pass.TypesInfo, call).(*types.Func)
	name := code.Qualified(fn)
	if fn.Pkg() == p.ix.Pass.Pkg {
		name = fn.Name()
	}
	return fmt.Sprintf("%s sets its fields on every invocation: moved alone, it would be one value that every invocation writes; build it once outside the handler together with that call", name)
}

// homeIndex returns the index of the top-level statement of the body that
// holds cur, or -1.
func (p *plan) homeIndex(cur inspector.Cursor) int {
	for c := cur; c.Valid(); c = c.Parent() {
		if c.Parent().Node() == p.body {
			if st, ok := c.Node().(ast.Stmt); ok {
				return p.homeIndexOf(st)
			}
		}
	}
	return -1
}

// wholeDefinition reports whether st is `x, … := e` or `var x, … = e`,
// declaring new variables, except for an error variable it may reuse.
func wholeDefinition(info *types.Info, st ast.Stmt, e ast.Expr) bool {
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok != token.DEFINE || len(st.Rhs) != 1 || st.Rhs[0] != e {
			return false
		}
		for _, l := range st.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				return false
			}
			if v, reused := info.Uses[id].(*types.Var); reused && !code.IsError(v.Type()) {
				return false
			}
		}
		return true
	case *ast.DeclStmt:
		g, ok := st.Decl.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR || len(g.Specs) != 1 {
			return false
		}
		vs := g.Specs[0].(*ast.ValueSpec)
		return len(vs.Values) == 1 && vs.Values[0] == e
	}
	return false
}

// needStmt moves top-level statement idx, with what it needs and the error
// check that follows it.
func (p *plan) needStmt(idx int) bool {
	if p.moved[idx] {
		return true
	}
	st := p.body.List[idx]
	p.moved[idx] = true
	for _, x := range code.RHS(st) {
		if fetches(p.ix.Pass.TypesInfo, x) {
			return p.fail("it needs " + types.ExprString(x) + ", a secret or parameter fetched on every invocation")
		}
		if !p.iv.Expr(x) {
			return p.fail("it needs " + types.ExprString(x) + ", which can change between invocations")
		}
		if !p.needDeps(x, idx) {
			return false
		}
	}
	info := p.ix.Pass.TypesInfo
	for _, id := range code.DefinedIdents(st) {
		v, fresh := info.Defs[id].(*types.Var)
		if !fresh {
			v, _ = info.Uses[id].(*types.Var) // an error reused by :=
		}
		if v == nil || !code.IsError(v.Type()) {
			continue
		}
		if idx+1 < len(p.body.List) && isErrCheck(info, p.body.List[idx+1], v) {
			p.moved[idx+1] = true
			p.checks[idx+1] = v
		} else if !fresh {
			return p.fail("the error it reuses is not checked right after it")
		}
		if !fresh && !p.overwrittenAfter(v, idx+1) {
			return p.fail("the function reads " + v.Name() + " after it without setting it again")
		}
	}
	return true
}

// overwrittenAfter reports whether the first use of v after top-level
// statement idx is a top-level assignment to it, so that no read can see
// the value the moved statement would have left.
func (p *plan) overwrittenAfter(v *types.Var, idx int) bool {
	info := p.ix.Pass.TypesInfo
	for _, st := range p.body.List[idx+1:] {
		var first *ast.Ident
		ast.Inspect(st, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && first == nil && info.Uses[id] == v {
				first = id
			}
			return first == nil
		})
		if first == nil {
			continue
		}
		as, ok := st.(*ast.AssignStmt)
		return ok && (as.Tok == token.ASSIGN || as.Tok == token.DEFINE) && slices.Contains(as.Lhs, ast.Expr(first))
	}
	return true
}

// needDeps plans the move of the locals expression x reads; before is the
// index of the statement x belongs to.
func (p *plan) needDeps(x ast.Node, before int) bool {
	info := p.ix.Pass.TypesInfo
	ok := true
	ast.Inspect(x, func(n ast.Node) bool {
		if !ok {
			return false
		}
		// A context argument of an SDK or catalogued call serves only
		// cancellation: a per-invocation one (ctx, r.Context()) becomes
		// context.Background() where the code lands.
		if call, isCall := n.(*ast.CallExpr); isCall && p.contextArgsOK(call) {
			for _, a := range call.Args {
				if code.IsContext(info.TypeOf(a)) && !p.iv.Expr(a) {
					if !p.ctxSet[a] {
						p.ctx = append(p.ctx, a)
						p.ctxSet[a] = true
					}
				}
			}
		}
		if e, isExpr := n.(ast.Expr); isExpr && p.ctxSet[e] {
			return false
		}
		if call, isCall := n.(*ast.CallExpr); isCall {
			// A helper of this package moves with its call: what it
			// reads decides where the call may land.
			if fn, _ := typeutil.Callee(info, call).(*types.Func); fn != nil {
				if h := p.ix.Helper(fn); h != nil {
					r := p.ix.HelperReads(h)
					for _, v := range r.Vars {
						p.reads[v] = true
						p.fields[v] = append(p.fields[v], "")
					}
					for _, f := range r.Runs {
						p.runs[f] = true
					}
					p.helperEnv = p.helperEnv || r.Env
				}
				if f := p.ix.FactOf(fn); f != nil {
					if p.stateOf == "" && slices.ContainsFunc(f.Work, func(w detect.Work) bool { return len(w.State) > 0 }) {
						p.stateOf = fn.Pkg().Name()
					}
					p.helperEnv = p.helperEnv || slices.ContainsFunc(f.Work, func(w detect.Work) bool { return w.Env })
				}
			}
		}
		if sel, isSel := n.(*ast.SelectorExpr); isSel {
			// A field of a package variable: what writes other fields
			// of it does not matter (readsField).
			if v, path := code.FieldOf(info, sel); v != nil && v.Parent() == p.ix.Syms.PkgScope {
				p.reads[v] = true
				p.fields[v] = append(p.fields[v], path)
				return false
			}
		}
		id, isID := n.(*ast.Ident)
		if !isID {
			return true
		}
		v, _ := info.Uses[id].(*types.Var)
		if v == nil || v.IsField() || v.Pkg() != p.ix.Pass.Pkg || (v.Pos() >= x.Pos() && v.Pos() < x.End()) {
			return true
		}
		switch {
		case v.Parent() == p.ix.Syms.PkgScope:
			p.reads[v] = true
			p.fields[v] = append(p.fields[v], "")
		case p.iv.Params[v]:
			ok = p.fail("it reads the parameter " + v.Name())
		case p.iv.Recvs[v]:
			ok = p.fail("it reads the handler's receiver " + v.Name())
		default:
			d, found := p.defIdx[v]
			switch {
			case !found && (v.Pos() < p.fn.Node().Pos() || v.Pos() >= p.fn.Node().End()):
				ok = p.fail("it reads " + v.Name() + " of the enclosing function")
			case !found || d >= before:
				ok = p.fail("it reads " + v.Name() + ", which is not declared at the top of " + p.fn.Name())
			case assignedAgain(p.ix.Assigns[v]):
				ok = p.fail(p.changedAfter(v, p.body.List[d]))
			case len(code.RHS(p.body.List[d])) == 0:
				ok = p.fail(v.Name() + " is declared without a value and set later")
			case !wholeDefinition(p.ix.Pass.TypesInfo, p.body.List[d], code.RHS(p.body.List[d])[0]):
				ok = p.fail(v.Name() + " is declared together with other values")
			case several(p.body.List[d]) && !p.iv.Expr(code.RHS(p.body.List[d])[0]):
				// st, awsCfg, err := settings(ctx): awsCfg is the same on
				// every invocation, st is not, and the call moves whole.
				ok = p.fail(v.Name() + " is one result of " + types.ExprString(code.RHS(p.body.List[d])[0]) + ", whose other results differ on every invocation")
			default:
				ok = p.needStmt(d)
			}
		}
		return ok
	})
	return ok
}

// several reports whether st gives values to several variables from one
// call (a, b, err := f()).
func several(st ast.Stmt) bool {
	switch st := st.(type) {
	case *ast.AssignStmt:
		return len(st.Lhs) > 1 && len(st.Rhs) == 1
	case *ast.DeclStmt:
		if g, ok := st.Decl.(*ast.GenDecl); ok && len(g.Specs) == 1 {
			vs, ok := g.Specs[0].(*ast.ValueSpec)
			return ok && len(vs.Names) > 1 && len(vs.Values) == 1
		}
	}
	return false
}

// contextArgsOK reports whether call is one whose context argument only
// cancels the work: an SDK function or method, or a catalogued
// constructor, as the invariance check allows.
func (p *plan) contextArgsOK(call *ast.CallExpr) bool {
	fn := p.ix.FuncOf(call)
	if fn == nil || fn.Pkg() == nil {
		return false
	}
	if f := p.ix.FactOf(fn); f != nil && f.Ctor {
		return true // a constructor of the module hands it only to those
	}
	if h := p.ix.Helper(fn); h != nil && p.ix.HelperInvariant(h) {
		return true // a helper that hands it only to those (helperInvariant)
	}
	return catalogue.IsSDKPackage(fn.Pkg().Path()) || catalogue.ClassifyResource(fn) != nil || p.ix.Syms.Extra[fn.Origin()]
}

// isErrCheck reports whether st is `if err != nil { … }` with no init, no
// else, and a body that leaves: calls (logging, http.Error) then a return,
// or a call that never returns.
func isErrCheck(info *types.Info, st ast.Stmt, err *types.Var) bool {
	is, ok := st.(*ast.IfStmt)
	if !ok || is.Init != nil || is.Else != nil || len(is.Body.List) == 0 {
		return false
	}
	body := is.Body.List
	for _, s := range body[:len(body)-1] {
		if _, call := s.(*ast.ExprStmt); !call {
			return false
		}
	}
	be, ok := is.Cond.(*ast.BinaryExpr)
	if !ok || be.Op != token.NEQ {
		return false
	}
	id, ok := be.X.(*ast.Ident)
	if !ok || info.Uses[id] != err || !code.IsNil(info, be.Y) {
		return false
	}
	switch s := body[len(body)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.ExprStmt:
		return code.Exits(info, s)
	}
	return false
}

// finish decides what the handler keeps, what becomes a package variable,
// and where the code lands.
func (p *plan) finish() bool {
	info := p.ix.Pass.TypesInfo
	if !p.moveConfigurers() {
		return false
	}
	// Moved expressions inside moved statements, or inside other moved
	// findings, move with them.
	// In source order, outer first, one inside another comes after it
	// and ends before the furthest end so far.
	inner := map[*hoist.MovedExpr]bool{}
	var end token.Pos
	for _, in := range slices.SortedFunc(slices.Values(p.exprs), func(a, b *hoist.MovedExpr) int {
		return cmp.Or(cmp.Compare(a.Expr.Pos(), b.Expr.Pos()), cmp.Compare(b.Expr.End(), a.Expr.End()))
	}) {
		if in.Expr.End() <= end {
			inner[in] = true
		}
		end = max(end, in.Expr.End())
	}
	p.exprs = slices.DeleteFunc(p.exprs, func(in *hoist.MovedExpr) bool {
		return inner[in] || p.moved[p.homeIndexOf(in.Expr)]
	})
	inlined := map[ast.Node]bool{}
	inlinedNodes := make([]ast.Node, len(p.exprs))
	for i, in := range p.exprs {
		inlined[in.Expr] = true
		inlinedNodes[i] = in.Expr
	}
	// defined reports whether v is defined by a moved statement, not a
	// check.
	defined := func(v *types.Var) bool {
		i, ok := p.defIdx[v]
		_, isCheck := p.checks[i]
		return ok && p.moved[i] && !isCheck
	}
	checked := map[*types.Var]bool{}
	for _, v := range p.checks {
		checked[v] = true
	}
	// What the handler still reads of the moved definitions, and whether
	// the first of those reads is a top-level := that declares it anew.
	remaining := map[*types.Var]bool{}
	redeclared := map[*types.Var]bool{}
	idents, skip := p.ix.IdentsOf(p.fn), code.SpansOf(inlinedNodes)
	for i, st := range p.body.List {
		if p.moved[i] {
			continue
		}
		for id := range idents.In(st).Outside(skip) { // the inlined move too
			if v, ok := id.Use.(*types.Var); ok {
				if defined(v) && !remaining[v] {
					remaining[v] = true
					as, isAssign := st.(*ast.AssignStmt)
					redeclared[v] = isAssign && as.Tok == token.DEFINE && slices.Contains(as.Lhs, ast.Expr(id.Ident))
				}
			}
		}
	}
	var kept []ast.Stmt
	for i, st := range p.body.List {
		if !p.moved[i] {
			kept = append(kept, st)
		}
	}
	// In source order, so that the reason given is the same on every run.
	for _, v := range slices.SortedFunc(maps.Keys(remaining), func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) }) {
		switch end := p.endedBy(v, kept); {
		case end == v.Name()+".Close":
			return p.fail(v.Name() + " is closed" + p.atLine(kept, v, true) + " at the end of each invocation; keeping it open is a decision to make, not a move")
		case end != "":
			return p.fail(v.Name() + " is ended by " + end + p.atLine(kept, v, false) + " at the end of each invocation; keeping it open is a decision to make, not a move")
		case code.IsError(v.Type()) && checked[v] && redeclared[v]:
			// `out, err := …` declares it once the moved one is gone.
		case code.IsError(v.Type()) && checked[v]:
			// After the moved check the error is nil: the handler
			// declares it in place.
			p.keepErr = append(p.keepErr, v)
		case code.IsError(v.Type()):
			return p.fail("the error of " + v.Name() + "'s statement is checked later in " + p.fn.Name() + p.atLine(kept, v, false))
		case !p.ix.Shareable(v.Type()):
			return p.fail(v.Name() + " is a " + types.TypeString(v.Type(), code.ByName) + ", not known to be safe to share between invocations")
		default:
			if why := p.changedLater(v, kept); why != "" {
				return p.fail(v.Name() + " would be shared by every invocation, and " + why)
			}
			if p.pl.hasEndMethod(v.Type()) {
				why, results := p.handedOn(v, kept)
				if why == "" {
					why = p.endedByCaller(v, results)
				}
				if why != "" {
					return p.fail(why)
				}
			}
			p.pkgVars[v] = true
		}
	}
	for _, f := range p.findings {
		if f.Cand.Input() {
			continue
		}
		e, _ := f.Expr()
		if !inlined[e] {
			continue
		}
		if t := info.TypeOf(f.Cand.Node.(ast.Expr)); !p.ix.Shareable(t) {
			return p.fail(types.TypeString(t, code.ByName) + " is not known to be safe to share between invocations")
		}
		if why := p.configuredInChain(e); why != "" {
			return p.fail(why)
		}
		// rdb = redis.NewClient(…), then defer rdb.Close(): the variable
		// would hold the shared value when it is closed.
		if w := p.storedIn(e); w != nil {
			if end := p.endedBy(w, kept); end != "" {
				how := "which " + end + " ends"
				if end == w.Name()+".Close" {
					how = "which is closed"
				}
				return p.fail("it is stored in " + w.Name() + ", " + how + p.atLine(kept, w, end == w.Name()+".Close") + " at the end of each invocation")
			}
		}
	}
	return p.chooseLanding()
}

// configuredInChain returns why e, a value the plan would build once,
// cannot be shared when the handler calls a method of it that returns its
// own type on it (resty.New().SetTransport(t).SetAuthToken(tok), a
// builder's setters): the method configures the value it is called on,
// and on a shared one every invocation would change what the others use.
// "" when e is not the receiver of such a call.
func (p *plan) configuredInChain(e ast.Expr) string {
	info := p.ix.Pass.TypesInfo
	t := info.TypeOf(e)
	if t == nil {
		return ""
	}
	if _, ptr := t.Underlying().(*types.Pointer); !ptr {
		return ""
	}
	// The call on e is in the statement that holds e.
	var in ast.Node = p.fn.Body()
	if i := p.homeIndexOf(e); i >= 0 {
		in = p.body.List[i]
	}
	why := ""
	ast.Inspect(in, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || why != "" {
			return why == ""
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok || ast.Unparen(sel.X) != e {
			return true
		}
		if fn, _ := info.Uses[sel.Sel].(*types.Func); detect.ConfiguresSelf(fn, t) {
			why = fmt.Sprintf("%s calls %s on what it builds at line %d, a method that returns it and so configures it: on a value built once, every invocation would change what the others use",
				p.fn.Name(), fn.Name(), p.ix.Pass.Fset.Position(call.Pos()).Line)
		}
		return true
	})
	return why
}

func (p *plan) homeIndexOf(e ast.Node) int {
	// The statements are in source order: the last that starts at or
	// before e is the only one that may hold it.
	list := p.body.List
	i := sort.Search(len(list), func(i int) bool { return list[i].Pos() > e.Pos() }) - 1
	if i >= 0 && e.End() <= list[i].End() {
		return i
	}
	return -1
}

// fetches reports whether x calls an operation of the fetch catalogue.
func fetches(info *types.Info, x ast.Node) bool {
	found := false
	ast.Inspect(x, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
				if c := catalogue.ClassifyResource(fn); c != nil && c.Kind == config.KindFetch {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// endMethods end a resource's life: a value a handler ends on every
// invocation cannot simply move to Init.
var endMethods = []string{"Close", "Shutdown", "Disconnect", "Stop"}

// closes returns the method by which stmts end v (v.Close(),
// v.Shutdown(ctx), …), deferred or not, or "".
func closes(info *types.Info, stmts []ast.Stmt, v *types.Var) string {
	found := ""
	for _, st := range stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && found == "" {
				if sel, ok := call.Fun.(*ast.SelectorExpr); ok && slices.Contains(endMethods, sel.Sel.Name) {
					if id, ok := sel.X.(*ast.Ident); ok && info.Uses[id] == v {
						found = sel.Sel.Name
					}
				}
			}
			return found == ""
		})
	}
	return found
}

// chooseLanding picks where the code goes: init when everything it reads
// is ready there, main before the Start call when it reads what main sets,
// a plain var when there is nothing to check.
func (p *plan) chooseLanding() bool {
	insert, _ := p.insertPos()
	file := p.ix.Pass.Fset.File(insert)
	needMain := false
	// In source order, so that the reason given is the same on every run.
	reads := slices.SortedFunc(maps.Keys(p.reads), func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) })
	for _, v := range reads {
		if test := p.pl.testWriter(v.Name()); test != "" {
			return p.fail("it reads " + v.Name() + ", which " + test + " sets before it calls the handler: moved out of the handler, it would keep the first value it sees")
		}
		for _, w := range p.ix.PkgWriters[v] {
			if !p.readsField(v, w.Field) {
				continue // another field of it
			}
			if w.Test {
				return p.fail("it reads " + v.Name() + ", which " + w.In.Name() + " sets before it calls the handler: moved out of the handler, it would keep the first value it sees")
			}
			// A cache the invocation fills (if cfg == nil { cfg = load(evt) }),
			// by code the moved code does not call: moved, it would run
			// before the value is there.
			if p.ix.PerInvocation(w.In) && !p.runs[outermost(w.In)] {
				return p.fail("it reads " + v.Name() + ", which " + outermost(w.In).Name() + " sets during an invocation (line " + strconv.Itoa(p.ix.Pass.Fset.Position(w.Pos).Line) + "): moved out of the handler, it would run before " + v.Name() + " is set")
			}
		}
	}
	for _, v := range reads {
		if v.Exported() && p.ix.Pass.Pkg.Name() != "main" {
			return p.lazyLanding("it reads "+v.Name()+", which another package may set after Init", true)
		}
		if p.ix.SetThrough(v) {
			// var region = flag.String(…): flag.Parse in main writes
			// what it points to.
			needMain = true
		}
		for _, w := range p.ix.PkgWriters[v] {
			switch {
			case !p.readsField(v, w.Field):
				// another field of it
			case w.In.IsNamed("main"), w.Escapes:
				// main sets it, or an address of it is held by code that
				// may set it later (flag.StringVar(&v, …) in init, then
				// flag.Parse in main).
				needMain = true
			case w.In.IsNamed("init") && p.ix.Pass.Fset.File(w.Pos) == file && w.In.Decl.End() < insert:
				// an init of this file that runs before ours
			default:
				needMain = true
			}
		}
	}
	if p.stateOf != "" {
		// store.Client() builds from what store.Configure, which main
		// may call before Start, set.
		if p.ix.Pass.Pkg.Name() != "main" {
			return p.lazyLanding("it builds from state of package "+p.stateOf+", which may be set after Init", true)
		}
		needMain = true
	}
	if p.readsEnv() {
		if test := p.pl.testFiles().env; test != "" {
			return p.fail("it reads the environment, which " + test + " sets before it calls the handler: moved out of the handler, it would keep the first value it sees")
		}
		for _, w := range p.ix.EnvWrites() {
			if w.InRegion {
				return p.fail("it reads the environment, which " + w.In.Name() + " changes on every invocation (line " + strconv.Itoa(p.ix.Pass.Fset.Position(w.Pos).Line) + ")")
			}
			needMain = true // main, or code it calls, sets it before Start
		}
	}
	if why := p.connects(); why != "" {
		// A failure to connect fails one invocation in the handler; in
		// init or main it would stop the function. Lazily, the handler
		// keeps its check and the next invocation tries again.
		return p.lazyLanding(why, true)
	}
	if why := p.gracefulCheck(); why != "" {
		// Neither init nor main may fail where the handler went on: the
		// handler keeps its own check, fallback and all, and the code
		// runs until it succeeds.
		return p.lazyLanding(why, true)
	}
	if p.h.Chosen {
		return p.lazyLanding("main starts one of several handlers, chosen at run time, and moved to init or main it would run for the others too", true)
	}
	if p.startsConditionally() {
		return p.lazyLanding("main starts its handler in one branch of several, and moved to init or main it would run for the others too", true)
	}
	if needMain {
		if p.mainLanding() {
			return true
		}
		return p.lazyLanding(p.reason, true)
	}
	if p.pl.cfg != nil && p.pl.cfg.Landing == config.LandingLazy {
		if p.lazyLanding("", false) {
			return true
		}
		p.reason = "" // lazy is only preferred: init is safe
	}
	if p.pl.cfg != nil && p.pl.cfg.Landing == config.LandingMain {
		if p.mainLanding() {
			return true
		}
		p.reason = "" // main is only preferred: init is safe
	}
	p.land = hoist.Init
	if len(p.checks) == 0 && len(p.keepErr) == 0 && len(p.reads) == 0 {
		p.land = hoist.Var
		for i := range p.moved {
			if as, ok := p.body.List[i].(*ast.AssignStmt); ok && len(as.Lhs) != 1 {
				p.land = hoist.Init // x, _ := f(): a var initializer holds one value
			}
			for _, id := range code.DefinedIdents(p.body.List[i]) {
				if v, ok := p.ix.Pass.TypesInfo.Defs[id].(*types.Var); ok && !p.pkgVars[v] {
					p.land = hoist.Init // a local of the moved code: needs a body
				}
			}
		}
	}
	if p.land == hoist.Init && p.ix.Pass.Pkg.Name() != "main" {
		// An init of a library package runs at import time in every
		// program and test that imports it, and exits the process when
		// the configuration fails.
		return p.lazyLanding("in a package other than main, an init would run it, and exit on failure, in every program and test that imports the package", true)
	}
	return true
}

// gracefulCheck returns why a moved error check cannot become log.Fatalf in
// init, or "": it goes on without the error (a fallback answer, a nil
// error), which init would turn into a failed Init phase.
func (p *plan) gracefulCheck() string {
	info := p.ix.Pass.TypesInfo
	for _, i := range slices.Sorted(maps.Keys(p.checks)) {
		v := p.checks[i]
		body := p.body.List[i].(*ast.IfStmt).Body.List
		if code.OnlyExits(info, body) {
			continue
		}
		ret, ok := body[len(body)-1].(*ast.ReturnStmt)
		if !ok {
			continue
		}
		uses := false
		for _, r := range ret.Results {
			ast.Inspect(r, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
					uses = true
				}
				return !uses
			})
		}
		if !uses {
			return "its error check at line " + strconv.Itoa(p.ix.Pass.Fset.Position(ret.Pos()).Line) + " goes on without the error, which init or main would turn into log.Fatalf"
		}
	}
	return ""
}

// lazyLanding lands the code where it runs once, on the first invocation,
// after whatever main or another package set before it: in a
// sync.OnceFunc the function calls first or, when the code checks errors
// and errs is set, in a function the handler calls where the code was,
// which runs until it succeeds and hands the error to the handler's own
// check (so a failure fails that invocation, as before, and the next one
// tries again). why is the reason init and main are not safe, kept when
// lazy is not either.
func (p *plan) lazyLanding(why string, errs bool) bool {
	fail := func(reason string) bool {
		p.reason = ""
		if why == "" {
			return p.fail(reason)
		}
		return p.fail(why + ", and " + reason)
	}
	if len(p.keepErr) > 0 {
		return fail("the function uses the error the moved code checks again later")
	}
	if len(p.checks) > 0 {
		if !errs {
			return fail("the moved code checks errors, which a lazy landing would turn into log.Fatalf during an invocation")
		}
		if reason := p.lazyChecks(); reason != "" {
			return fail(reason)
		}
	}
	p.reason = ""
	p.land = hoist.Lazy
	return true
}

// readsField reports whether the moved code reads field path f of v
// ("" for all of it).
func (p *plan) readsField(v *types.Var, f string) bool {
	return slices.ContainsFunc(p.fields[v], func(r string) bool { return code.Overlaps(r, f) })
}

// outermost returns the declared function around fn, a literal or not.
func outermost(fn *detect.FuncNode) *detect.FuncNode {
	for fn.Outer != nil {
		fn = fn.Outer
	}
	return fn
}

// firstMoved returns the index of the first moved top-level statement.
func (p *plan) firstMoved() int {
	i := 0
	for !p.moved[i] {
		i++
	}
	return i
}

// lazyChecks reports why the moved error checks cannot become one check of
// what the lazy function returns, or "": every check must return, the same
// way, and read nothing but the error and what is in scope where the first
// moved statement was.
func (p *plan) lazyChecks() string {
	info := p.ix.Pass.TypesInfo
	first := p.body.List[p.firstMoved()].Pos()
	for _, in := range p.exprs {
		if in.Expr.Pos() < first {
			return "a value it builds is used before the code it moves"
		}
	}
	var want []any
	for i, v := range p.checks {
		is := p.body.List[i].(*ast.IfStmt)
		list := is.Body.List
		if len(list) == 0 {
			return "an error check of the moved code does not return"
		}
		if _, ok := list[len(list)-1].(*ast.ReturnStmt); !ok {
			return "an error check of the moved code does not return"
		}
		if len(p.checks) > 1 { // one check has nothing to differ from
			shape := shapeOf(info, is.Body, v)
			if want != nil && !slices.Equal(shape, want) {
				return "its error checks differ from each other"
			}
			want = shape
		}
		bad := false
		ast.Inspect(is.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if w, ok := info.Uses[id].(*types.Var); ok && w != v && !w.IsField() &&
					w.Parent() != p.ix.Syms.PkgScope && w.Pos() >= first {
					bad = true
				}
			}
			return !bad
		})
		if bad {
			return "an error check reads a value declared after the first moved statement"
		}
	}
	return ""
}

// shapeOf returns what n does, as a sequence comparable with another's:
// each node's kind, the object each identifier denotes (the checked error
// err standing for any), the value of each literal and each operator, and
// where each node's children end. Two error checks with the same shape do
// the same, whatever their spacing, comments or the name of the error.
func shapeOf(info *types.Info, n ast.Node, err *types.Var) []any {
	type end struct{}
	var out []any
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case nil:
			out = append(out, end{})
			return false
		case *ast.Ident:
			switch obj := info.ObjectOf(x); {
			case obj == err:
				out = append(out, "the checked error")
			case obj != nil:
				out = append(out, obj)
			default:
				out = append(out, x.Name)
			}
		case *ast.BasicLit:
			out = append(out, x.Kind, x.Value)
		case *ast.BinaryExpr:
			out = append(out, x.Op)
		case *ast.UnaryExpr:
			out = append(out, x.Op)
		case *ast.AssignStmt:
			out = append(out, x.Tok)
		case *ast.IncDecStmt:
			out = append(out, x.Tok)
		case *ast.BranchStmt:
			out = append(out, x.Tok)
		}
		out = append(out, reflect.TypeOf(x))
		return true
	})
	return out
}

// mainLanding checks that the code can run in main right before the call
// that registers the handler, after everything main sets.
func (p *plan) mainLanding() bool {
	reg := p.h.Registration
	if reg == nil || !reg.In.IsNamed("main") {
		return p.fail("it reads package variables set outside init, and the handler is not registered in main")
	}
	st := p.startStmt()
	if st == nil {
		return p.fail("the Start call is not a statement of main's body")
	}
	if fset := p.ix.Pass.Fset; fset.File(st.Pos()) != fset.File(p.body.Pos()) {
		// The fix edits the file of the code it moves.
		return p.fail("main's Start call is in another file than the code to move")
	}
	if test, name := p.calledByTest(); test != "" {
		// The test runs the handler without main: what main would set
		// up before Start would be left unset there.
		return p.fail(test + " calls " + name + " without running main")
	}
	if p.sharesLine(st, reg.In.Decl.Body) {
		// func main() { lambda.Start(handler) }: the moved code would go
		// on the line before.
		return p.fail("the Start call shares its line with other code of main")
	}
	for v := range p.reads {
		for _, w := range p.ix.PkgWriters[v] {
			if w.In.IsNamed("init") {
				continue // every init runs before main
			}
			if w.In != reg.In || w.Pos > reg.Call.Pos() {
				return p.fail(v.Name() + " is set after the handler is registered")
			}
		}
	}
	p.land = hoist.Main
	return true
}

// startsConditionally reports whether main registers the handler in one
// branch of several that start different handlers (a switch, an if, a
// handler chosen at run time): its Start call is not a statement of main's
// body of its own, and main registers another handler elsewhere. Branches
// that serve the same router under different adapters start the same
// handlers, whichever runs.
func (p *plan) startsConditionally() bool {
	reg := p.h.Registration
	if reg == nil || !reg.In.IsNamed("main") {
		return false
	}
	if st, ok := p.startStmt().(*ast.ExprStmt); ok && ast.Unparen(st.X) == ast.Expr(reg.Call) {
		return false
	}
	return p.pl.startsVary()[reg.In]
}

// startsVary reports, for each function that registers handlers, whether
// its registrations start different handlers (a router's routes are one
// handler each, under the one registration). Computed once per pass: with
// a thousand handlers, every plan asks.
func (pl *planner) startsVary() map[*detect.FuncNode]bool {
	if pl.vary != nil {
		return pl.vary
	}
	starts := map[*detect.Registration][]token.Pos{}
	for _, h := range pl.handlers {
		if r := h.Registration; r != nil {
			for _, root := range h.Roots {
				starts[r] = append(starts[r], root.Node().Pos())
			}
		}
	}
	// A function varies when two of its registrations start different
	// sets of roots.
	first := map[*detect.FuncNode][]token.Pos{}
	pl.vary = map[*detect.FuncNode]bool{}
	for r, roots := range starts {
		slices.Sort(roots)
		roots = slices.Compact(roots)
		if f, ok := first[r.In]; !ok {
			first[r.In] = roots
		} else if !slices.Equal(f, roots) {
			pl.vary[r.In] = true
		}
	}
	return pl.vary
}

// calledByTest returns a test function of the package that mentions the
// handler or the function the code moves from, and that function's name;
// or "", "". By name, as the tests are read (see testFiles): a local of
// the same name only makes the answer more careful.
func (p *plan) calledByTest() (test, name string) {
	refs := p.pl.testFiles().refs
	fns := append([]*detect.FuncNode{p.fn}, p.h.Roots...)
	for _, f := range fns {
		if f.Decl != nil {
			if test := refs[f.Decl.Name.Name]; test != "" {
				return test, f.Name()
			}
		}
	}
	return "", ""
}

// sharesLine reports whether a statement of body starts on a line that
// holds other code of the body before it: its opening brace, or the
// statement before.
func (p *plan) sharesLine(st ast.Stmt, body *ast.BlockStmt) bool {
	tf := p.ix.Pass.Fset.File(st.Pos())
	line := tf.Line(st.Pos())
	if tf.Line(body.Lbrace) == line {
		return true
	}
	i := slices.Index(body.List, st)
	return i > 0 && tf.Line(body.List[i-1].End()) == line
}

// startStmt returns the top-level statement of main that registers the
// handler, or nil.
func (p *plan) startStmt() ast.Stmt {
	reg := p.h.Registration
	body := reg.In.Decl.Body
	for _, st := range body.List {
		if st.Pos() <= reg.Call.Pos() && reg.Call.End() <= st.End() {
			return st
		}
	}
	return nil
}

// insertPos returns where new declarations go: after the package's
// variables, that is before the first declaration of the file that is not
// an import, a var, const or type, or an init function, and never after the
// declaration that holds the function. ownPos is before that declaration
// itself (a func, or the var of a package-level function literal), and its
// doc comment if it has one: where the declarations of a fix go when fixes
// of its file share some (see hoist.Session.Fixes).
func (p *plan) insertPos() (insert, own token.Pos) {
	pos := p.fn.Body().Pos()
	decls := code.FileOf(p.ix.Pass, p.fn.Body()).Decls
	// The declarations are in source order: the last that starts before
	// the body holds it.
	i := sort.Search(len(decls), func(i int) bool { return decls[i].Pos() > pos }) - 1
	if i < 0 {
		return p.fn.Node().Pos(), p.fn.Node().Pos()
	}
	k := 0
	for k < i && leadingDecl(decls[k]) {
		k++
	}
	return code.DeclStart(decls[k]), code.DeclStart(decls[i])
}

// leadingDecl reports whether d belongs with the package's variables at the
// top of a file: imports, vars, consts, types and init functions.
func leadingDecl(d ast.Decl) bool {
	switch d := d.(type) {
	case *ast.GenDecl:
		return true
	case *ast.FuncDecl:
		return d.Recv == nil && d.Name.Name == "init"
	}
	return false
}

// atLine returns " at line N" for the first statement of kept that uses v
// (with end, the first that calls an end method on it: v.Close()), or "":
// a refusal names the statement that blocks the move.
func (p *plan) atLine(kept []ast.Stmt, v *types.Var, end bool) string {
	info := p.ix.Pass.TypesInfo
	var at token.Pos
	for _, st := range kept {
		ast.Inspect(st, func(n ast.Node) bool {
			if at.IsValid() {
				return false
			}
			if end {
				if call, ok := n.(*ast.CallExpr); ok {
					if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && slices.Contains(endMethods, sel.Sel.Name) {
						if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[id] == v {
							at = call.Pos()
						}
					}
				}
				return true
			}
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
				at = id.Pos()
			}
			return true
		})
		if at.IsValid() {
			break
		}
	}
	if !at.IsValid() {
		return ""
	}
	return " at line " + strconv.Itoa(p.ix.Pass.Fset.Position(at).Line)
}

// storedIn returns the variable an assignment of the function's body gives
// e to (rdb = redis.NewClient(…)), or nil.
func (p *plan) storedIn(e ast.Expr) *types.Var {
	var out *types.Var
	ast.Inspect(p.body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || out != nil || len(as.Lhs) != len(as.Rhs) {
			return out == nil
		}
		for i, r := range as.Rhs {
			if ast.Unparen(r) == e {
				if id, ok := ast.Unparen(as.Lhs[i]).(*ast.Ident); ok {
					out, _ = p.ix.Pass.TypesInfo.ObjectOf(id).(*types.Var)
				}
			}
		}
		return out == nil
	})
	return out
}
