package plan

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/detect"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// This file decides what becomes of a value once it moves out of the
// function: a local the function still uses after the move is shared by
// every invocation, so nothing the function keeps may change it or end it.

// changedLater returns why v, a local that would become a package variable,
// cannot be shared, or "": the function assigns it again, writes a field or
// element of it, takes its address (checked through the index's
// assignments, which record all three), or hands it to a function that may
// change it.
func (p *plan) changedLater(v *types.Var, kept []ast.Stmt) string {
	fset := p.ix.Pass.Fset
	for _, a := range p.ix.Assigns[v] {
		if p.inMoved(a.Pos) {
			continue // its definition, which moves
		}
		how := "assigns it again"
		switch {
		case a.Escapes:
			how = "takes its address"
		case a.Opaque:
			how = "changes a field or element of it"
		}
		return fmt.Sprintf("%s %s at line %d, on every invocation", p.fn.Name(), how, fset.Position(a.Pos).Line)
	}
	return p.handedTo(v, kept)
}

// changedAfter says why v, a local that what moves reads, cannot move
// with it: what besides its definition def changes it.
func (p *plan) changedAfter(v *types.Var, def ast.Stmt) string {
	for _, a := range p.ix.Assigns[v] {
		if def.Pos() <= a.Pos && a.Pos < def.End() || a.Configure != nil || a.Setup != nil {
			continue
		}
		how := ""
		switch {
		case a.EnvLoader() != nil:
			how = "fills it from the environment"
			if fn, ok := typeutil.Callee(p.ix.Pass.TypesInfo, a.EnvLoader()).(*types.Func); ok && fn.Pkg() != nil {
				how = "fills it with " + code.Qualified(fn)
			}
		case a.Escapes:
			how = "takes its address"
		case a.Opaque:
			how = "changes a field or element of it"
		default:
			continue
		}
		return fmt.Sprintf("%s would be shared by every invocation, and %s %s at line %d", v.Name(), p.fn.Name(), how, p.ix.Pass.Fset.Position(a.Pos).Line)
	}
	return v.Name() + " is assigned more than once"
}

// handedTo is the part of changedLater about the calls v is handed.
func (p *plan) handedTo(v *types.Var, kept []ast.Stmt) string {
	reason := ""
	p.argsOf(v, kept, func(_ *ast.CallExpr, fn *types.Func, param *types.Var) bool {
		switch {
		case fn == nil:
			if mutable(v.Type()) {
				reason = fmt.Sprintf("%s hands it to a function value that may change it", p.fn.Name())
			}
		case fn.Pkg() != nil && catalogue.IsSDKPackage(fn.Pkg().Path()):
			// An SDK operation taking an input: the params check decided
			// whether it may be shared.
		case fn.Pkg() == p.ix.Pass.Pkg:
			if param != nil && len(p.ix.Assigns[param]) > 0 {
				reason = fmt.Sprintf("%s hands it to %s, which changes it", p.fn.Name(), fn.Name())
			}
		case mutable(v.Type()):
			reason = fmt.Sprintf("%s hands it to %s, which may change it", p.fn.Name(), code.Qualified(fn))
		}
		return reason == ""
	})
	if reason == "" {
		reason = p.catalogueMethodChanges(v, kept)
	}
	if reason == "" && mutable(v.Type()) {
		reason = p.methodChanges(v, kept)
	}
	return reason
}

// connects returns why the moved code talks to the network when it is
// built, or "": gorm.Open pings the database unless its config says not
// to, pgx.Connect and sqlx.Connect open a connection, a gRPC dial with
// WithBlock waits for one.
func (p *plan) connects() string {
	info := p.ix.Pass.TypesInfo
	why := ""
	check := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || why != "" {
				return why == ""
			}
			fn, _ := typeutil.Callee(info, call).(*types.Func)
			if fn == nil || fn.Pkg() == nil {
				return true
			}
			switch path, name := fn.Pkg().Path(), fn.Name(); {
			case path == "gorm.io/gorm" && name == "Open" && !noAutoPing(call):
				why = "gorm.Open pings the database when it opens it"
			case path == "github.com/jackc/pgx/v5" && (name == "Connect" || name == "ConnectConfig"):
				why = "pgx." + name + " connects to the database"
			case path == "github.com/jmoiron/sqlx" && (name == "Connect" || name == "MustConnect"):
				why = "sqlx." + name + " connects to the database"
			case path == "google.golang.org/grpc" && (name == "Dial" || name == "DialContext") && blockingDial(info, call):
				why = "grpc." + name + " with WithBlock waits for the connection"
			}
			return why == ""
		})
	}
	for i, st := range p.body.List {
		if p.moved[i] {
			check(st)
		}
	}
	for _, e := range p.exprs {
		check(e.Expr)
	}
	if why == "" {
		return ""
	}
	return why + ", and moved to init or main an unreachable server would stop the function instead of failing one invocation"
}

// noAutoPing reports whether a gorm.Open call's config turns the ping off
// (&gorm.Config{DisableAutomaticPing: true}).
func noAutoPing(call *ast.CallExpr) bool {
	found := false
	for _, a := range call.Args[1:] {
		ast.Inspect(a, func(n ast.Node) bool {
			if kv, ok := n.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == "DisableAutomaticPing" {
					if v, ok := kv.Value.(*ast.Ident); ok && v.Name == "true" {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}

// blockingDial reports whether a gRPC dial is given grpc.WithBlock().
func blockingDial(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if c, ok := ast.Unparen(a).(*ast.CallExpr); ok {
			if fn, ok := typeutil.Callee(info, c).(*types.Func); ok && fn.Name() == "WithBlock" {
				return true
			}
		}
	}
	return false
}

// badPattern returns why a constant regular expression that does not
// compile cannot move, or "": regexp.MustCompile panics on it, and moved
// to Init the panic would stop every invocation, not only those that reach
// it.
func badPattern(info *types.Info, c *detect.Candidate) string {
	call, ok := c.Node.(*ast.CallExpr)
	if !ok || c.Fn == nil || c.Fn.Pkg() == nil || c.Fn.Pkg().Path() != "regexp" || len(call.Args) != 1 {
		return ""
	}
	tv, ok := info.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	compile := regexp.Compile
	if strings.HasSuffix(c.Fn.Name(), "POSIX") {
		compile = regexp.CompilePOSIX
	}
	if _, err := compile(constant.StringVal(tv.Value)); err != nil {
		return "the pattern does not compile (" + err.Error() + "): moved to Init, the failure would stop every invocation, not only those that reach it"
	}
	return ""
}

// catalogueMethodChanges returns why a method the handler still calls on v
// per invocation changes it, for a type the catalogue knows the methods
// of (catalogue.MethodChanges), or "": db.SetMaxOpenConns(n), re.Longest(),
// tmpl.Option(…), page.New("footer") (which adds to the shared set),
// rdb.AddHook(h). A chain counts from the call made on v itself.
func (p *plan) catalogueMethodChanges(v *types.Var, kept []ast.Stmt) string {
	if p.methodCalls == nil {
		// One walk of what the handler keeps serves every moved value of
		// the plan (a handler may move a thousand).
		info := p.ix.Pass.TypesInfo
		p.methodCalls = map[*types.Var][]*ast.CallExpr{}
		for _, st := range kept {
			ast.Inspect(st, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
						if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
							if w, ok := info.Uses[id].(*types.Var); ok {
								p.methodCalls[w] = append(p.methodCalls[w], call)
							}
						}
					}
				}
				return true
			})
		}
	}
	for _, call := range p.methodCalls[v] {
		name := ast.Unparen(call.Fun).(*ast.SelectorExpr).Sel.Name
		if slices.Contains(endMethods, name) {
			continue // endedBy's question
		}
		if changes, known := catalogue.MethodChanges(v.Type(), name); known && changes {
			return fmt.Sprintf("%s calls %s.%s at line %d, which changes it, on every invocation",
				p.fn.Name(), v.Name(), name, p.ix.Pass.Fset.Position(call.Pos()).Line)
		}
	}
	return ""
}

// methodChanges returns why a method called on v for its effect alone may
// change it, or "": a statement like tr.RegisterProtocol("s3", rt) left
// in the handler runs again on the shared value every invocation (and
// RegisterProtocol panics the second time). A method whose result is used
// is taken to read; SDK packages' methods keep their state to themselves.
func (p *plan) methodChanges(v *types.Var, kept []ast.Stmt) string {
	info := p.ix.Pass.TypesInfo
	for _, call := range p.keptUses(kept).effects[v] {
		sel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		fn, _ := info.Uses[sel.Sel].(*types.Func)
		_, onField := ast.Unparen(sel.X).(*ast.SelectorExpr)
		if fn == nil || (!onField && fn.Pkg() != nil && catalogue.IsSDKPackage(fn.Pkg().Path())) {
			// An SDK client's methods keep their state to themselves;
			// those of a value it holds (a session's handler lists) are
			// the caller's to change.
			continue
		}
		if _, ptr := fn.Signature().Recv().Type().(*types.Pointer); ptr {
			return fmt.Sprintf("%s calls %s on it at line %d, which may change it, on every invocation",
				p.fn.Name(), types.ExprString(call.Fun), p.ix.Pass.Fset.Position(call.Pos()).Line)
		}
	}
	return ""
}

// endedBy returns how the kept statements end v's life at the end of each
// invocation, or "": v.Close(), v.Shutdown(ctx) and the like, deferred or
// not, or v handed to a function that ends it (one of this package that
// calls such a method on its parameter, or any whose parameter is an
// interface with such a method, as a closeQuietly(c io.Closer) is).
func (p *plan) endedBy(v *types.Var, kept []ast.Stmt) string {
	info := p.ix.Pass.TypesInfo
	if end := p.keptUses(kept).ends[v]; end != "" {
		return v.Name() + "." + end
	}
	found := ""
	p.argsOf(v, kept, func(call *ast.CallExpr, fn *types.Func, param *types.Var) bool {
		if param == nil {
			return true
		}
		if iface, ok := param.Type().Underlying().(*types.Interface); ok {
			for m := range iface.Methods() {
				if slices.Contains(endMethods, m.Name()) {
					found = calleeName(fn, call)
				}
			}
		}
		if fn != nil && fn.Pkg() == p.ix.Pass.Pkg {
			if node := p.ix.Decls[fn.Origin()]; node != nil && closes(info, node.Body().List, param) != "" {
				found = calleeName(fn, call)
			}
		}
		return found == ""
	})
	return found
}

// argsOf calls visit for each call in stmts that receives v as an argument,
// with its callee (nil when it is a function value) and the parameter v
// binds to (nil when unknown), until visit returns false.
func (p *plan) argsOf(v *types.Var, stmts []ast.Stmt, visit func(call *ast.CallExpr, fn *types.Func, param *types.Var) bool) {
	info := p.ix.Pass.TypesInfo
	for _, u := range p.keptUses(stmts).args[v] {
		call, i := u.call, u.i
		fn, _ := typeutil.Callee(info, call).(*types.Func)
		var param *types.Var
		if sig, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature); ok && sig.Params().Len() > 0 {
			param = sig.Params().At(min(i, sig.Params().Len()-1))
			if fn != nil && fn.Pkg() == p.ix.Pass.Pkg {
				// The declared parameter, whose assignments the index
				// records (the signature of a generic function's instance
				// has copies).
				if node := p.ix.Decls[fn.Origin()]; node != nil {
					param = paramOf(info, node, i)
				}
			}
		}
		if !visit(call, fn, param) {
			return
		}
	}
}

// usesOfKept is what the statements a plan keeps in the function do with
// each local, gathered in one walk: a plan asks it for every variable it
// would hoist, and a function with a thousand findings has a thousand.
type usesOfKept struct {
	stmts   []ast.Stmt
	args    map[*types.Var][]argUse // calls that take the variable as an argument
	ends    map[*types.Var]string   // the first end method called on it (v.Close())
	effects map[*types.Var][]*ast.CallExpr
}

// anyResult is the result index of a value a function literal returns:
// the function may call the literal and return its results at any index
// (return pick(region)).
const anyResult = -1

type argUse struct {
	call *ast.CallExpr
	i    int
}

// keptUses returns the uses of the locals in stmts, walking them once per
// plan state.
func (p *plan) keptUses(stmts []ast.Stmt) *usesOfKept {
	if k := p.kept; k != nil && len(k.stmts) == len(stmts) && (len(stmts) == 0 || &k.stmts[0] == &stmts[0]) {
		return k
	}
	k := &usesOfKept{stmts: stmts, args: map[*types.Var][]argUse{}, ends: map[*types.Var]string{},
		effects: map[*types.Var][]*ast.CallExpr{}}
	ids := p.ix.IdentsOf(p.fn)
	useOf := func(id *ast.Ident) *types.Var {
		x, ok := ids.Lookup(id)
		if !ok { // not of the function's body
			x.Use = p.ix.Pass.TypesInfo.Uses[id]
		}
		v, _ := x.Use.(*types.Var)
		return v
	}
	for _, st := range stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ExprStmt:
				if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
					if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
						// v.M(…), or a method of a field of it
						// (sess.Handlers.Build.PushBack(h)).
						if id := fieldRoot(p.ix.Pass.TypesInfo, sel.X); id != nil {
							if v := useOf(id); v != nil {
								k.effects[v] = append(k.effects[v], call)
							}
						}
					}
				}
			case *ast.CallExpr:
				for i, arg := range n.Args {
					if id, ok := ast.Unparen(arg).(*ast.Ident); ok {
						if v := useOf(id); v != nil {
							k.args[v] = append(k.args[v], argUse{n, i})
						}
					}
				}
				if sel, ok := n.Fun.(*ast.SelectorExpr); ok && slices.Contains(endMethods, sel.Sel.Name) {
					if id, ok := sel.X.(*ast.Ident); ok {
						if v := useOf(id); v != nil && k.ends[v] == "" {
							k.ends[v] = sel.Sel.Name
						}
					}
				}
			}
			return true
		})
	}
	p.kept = k
	return k
}

// paramOf returns the i-th declared parameter of fn (the last one for the
// arguments of a variadic one), or nil.
func paramOf(info *types.Info, fn *detect.FuncNode, i int) *types.Var {
	var params []*types.Var
	for _, f := range fn.FuncType().Params.List {
		for _, n := range f.Names {
			if v, ok := info.Defs[n].(*types.Var); ok {
				params = append(params, v)
			}
		}
	}
	if len(params) == 0 {
		return nil
	}
	return params[min(i, len(params)-1)]
}

func calleeName(fn *types.Func, call *ast.CallExpr) string {
	if fn == nil {
		return types.ExprString(call.Fun)
	}
	return fn.Name()
}

// mutable reports whether a function handed a value of type t could change
// what the caller sees: a pointer to a struct with exported fields (an
// *http.Transport, an *http.Client), a map or a slice. SDK clients, *sql.DB
// and the like keep their state unexported; a struct passed by value is a
// copy.
func mutable(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Map, *types.Slice:
		return true
	case *types.Pointer:
		if s, ok := u.Elem().Underlying().(*types.Struct); ok {
			for f := range s.Fields() {
				if f.Exported() {
					return true
				}
			}
		}
	}
	return false
}

// inMoved reports whether pos lies in a statement the plan moves.
func (p *plan) inMoved(pos token.Pos) bool {
	list := p.body.List
	i := sort.Search(len(list), func(i int) bool { return list[i].Pos() > pos }) - 1
	return i >= 0 && p.moved[i] && pos < list[i].End()
}

// endedByCaller returns why v cannot be shared when the function returns
// it at the given result indexes (see handedOn), or "": a helper that
// opens a pool and returns it, while its caller defers db.Close(), would
// hand every invocation after the first a closed pool. Only a value with
// an end method (Close, Shutdown, …) can be ended so. Every use of the
// function must be a call whose results are seen: a caller in another
// package, an interface's caller or a function value's cannot be.
func (p *plan) endedByCaller(v *types.Var, results map[int]bool) string {
	info := p.ix.Pass.TypesInfo
	if p.fn.Decl == nil {
		return ""
	}
	self, _ := info.Defs[p.fn.Decl.Name].(*types.Func)
	if self == nil || len(results) == 0 {
		return ""
	}
	name := p.fn.Name()
	const open = "; keeping it open is a decision to make, not a move"
	switch {
	case self.Exported() && p.ix.Pass.Pkg.Name() != "main":
		return name + " returns " + v.Name() + " to callers in other packages, which may close it" + open
	case self.Signature().Recv() != nil:
		return name + " returns " + v.Name() + " to its callers, and a caller through an interface may close it" + open
	}
	for cur := range p.ix.Ins.Root().Preorder((*ast.Ident)(nil)) {
		id := cur.Node().(*ast.Ident)
		if info.Uses[id] != self {
			continue
		}
		line := strconv.Itoa(p.ix.Pass.Fset.Position(id.Pos()).Line)
		call, ctx := calledAt(cur)
		if call == nil {
			return name + " is used as a value at line " + line + ", so not every caller of it is known, and one may close " + v.Name() + open
		}
		caller := p.ix.FuncAround(ctx)
		var lhs []ast.Expr
		switch n := ctx.Node().(type) {
		case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
			continue // the results are dropped
		case *ast.AssignStmt:
			if len(n.Rhs) != 1 {
				continue // one result each: v is one of many
			}
			lhs = n.Lhs
		case *ast.ValueSpec:
			for _, id := range n.Names {
				lhs = append(lhs, id)
			}
		case *ast.SelectorExpr:
			if slices.Contains(endMethods, n.Sel.Name) {
				return "line " + line + " calls " + n.Sel.Name + " on what " + name + " returns" + open
			}
			continue
		default:
			return "line " + line + " hands what " + name + " returns on to where it may be closed" + open
		}
		for i, e := range lhs {
			if !results[i] && !results[anyResult] {
				continue
			}
			id, ok := ast.Unparen(e).(*ast.Ident)
			if !ok {
				return "line " + line + " stores what " + name + " returns in " + types.ExprString(e) + ", where it may be closed" + open
			}
			got, _ := info.ObjectOf(id).(*types.Var)
			if got == nil {
				continue
			}
			if caller == nil { // a package variable: any function may close it
				for _, f := range p.ix.Funcs {
					if end := closes(info, f.Body().List, got); end != "" {
						return f.Name() + " calls " + got.Name() + "." + end + " on what " + name + " returns" + open
					}
				}
				continue
			}
			if end := closes(info, caller.Body().List, got); end != "" {
				return caller.Name() + " calls " + got.Name() + "." + end + " on what " + name + " returns at the end of each invocation" + open
			}
			if fun := deferredWith(info, caller.Body().List, got); fun != "" {
				return caller.Name() + " hands what " + name + " returns to " + fun + ", deferred, which may close it at the end of each invocation" + open
			}
		}
	}
	return ""
}

// deferredWith returns the function of a deferred call in stmts that is
// handed v (defer release(db)), or "".
func deferredWith(info *types.Info, stmts []ast.Stmt, v *types.Var) string {
	found := ""
	for _, st := range stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			if d, ok := n.(*ast.DeferStmt); ok && found == "" {
				for _, a := range d.Call.Args {
					if id, ok := ast.Unparen(a).(*ast.Ident); ok && info.Uses[id] == v {
						found = types.ExprString(d.Call.Fun)
					}
				}
			}
			return found == ""
		})
	}
	return found
}

// calledAt returns the call of the function cur names and the node its
// result goes to, or nil when cur names the function without calling it.
func calledAt(cur inspector.Cursor) (*ast.CallExpr, inspector.Cursor) {
	fun := cur
	for {
		switch n := fun.Parent().Node().(type) {
		case *ast.ParenExpr, *ast.IndexExpr, *ast.IndexListExpr:
			fun = fun.Parent()
			continue
		case *ast.SelectorExpr:
			if n.Sel == fun.Node() {
				fun = fun.Parent()
				continue
			}
		}
		break
	}
	call, ok := fun.Parent().Node().(*ast.CallExpr)
	if !ok || call.Fun != fun.Node() {
		return nil, fun
	}
	ctx := fun.Parent().Parent()
	for {
		if _, ok := ctx.Node().(*ast.ParenExpr); !ok {
			return call, ctx
		}
		ctx = ctx.Parent()
	}
}

// hasEndMethod reports whether t has one of endMethods. Every variable a
// plan would hoist asks; the answers are kept by type (a function's
// result types are the same types.Type for every call of it).
func (pl *planner) hasEndMethod(t types.Type) bool {
	if has, ok := pl.ends[t]; ok {
		return has
	}
	has := false
	for _, m := range endMethods {
		if obj, _, _ := types.LookupFieldOrMethod(t, true, nil, m); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				has = true
				break
			}
		}
	}
	if pl.ends == nil {
		pl.ends = map[types.Type]bool{}
	}
	pl.ends[t] = has
	return has
}

// fieldRoot returns the variable e is, or whose field it selects through
// fields only (sess.Handlers.Build), or nil.
func fieldRoot(info *types.Info, e ast.Expr) *ast.Ident {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			if s := info.Selections[x]; s == nil || s.Kind() != types.FieldVal {
				return nil
			}
			e = x.X
		default:
			return nil
		}
	}
}
