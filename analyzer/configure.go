package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// configurers set up a value once for the life of whoever holds it:
// tracing middleware appended to an SDK config's APIOptions, HTTP/2 enabled
// on a transport. Called in a handler on a value it builds, they are part
// of that Init work: the value moves with them. Left behind after the
// value moved, they would run again on the shared value every invocation
// (the middleware list grows by one each time; ConfigureTransport fails
// the second time), which is why the planner refuses any other call that
// may change a moved value.
var configurers = map[string][]string{
	"go.opentelemetry.io/contrib/instrumentation/github.com/aws/aws-sdk-go-v2/otelaws": {"AppendMiddlewares"},
	"github.com/aws/aws-xray-sdk-go/instrumentation/awsv2":                             {"AWSV2Instrumentor"},
	"github.com/newrelic/go-agent/v3/integrations/nrawssdk-v2":                         {"AppendMiddlewares"},
	"gopkg.in/DataDog/dd-trace-go.v1/contrib/aws/aws-sdk-go-v2/aws":                    {"AppendMiddleware"},
	"github.com/DataDog/dd-trace-go/contrib/aws/aws-sdk-go-v2/v2/aws":                  {"AppendMiddleware"},
	"golang.org/x/net/http2": {"ConfigureTransport"},
}

// configurerCall returns the call st makes of a configurer, as a statement
// of its own (its result, if any, dropped), or nil.
func configurerCall(info *types.Info, st ast.Stmt) *ast.CallExpr {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return nil
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok || !isConfigurer(info, call) {
		return nil
	}
	return call
}

func isConfigurer(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || len(call.Args) == 0 {
		return false
	}
	for _, name := range configurers[fn.Pkg().Path()] {
		if fn.Name() == name && fn.Signature().Recv() == nil {
			return true
		}
	}
	return false
}

// configured returns the variable a configurer call sets up: the root of
// its first argument (cfg in &cfg.APIOptions or &cfg, tr in tr).
func configured(info *types.Info, call *ast.CallExpr) *types.Var {
	arg := ast.Unparen(call.Args[0])
	if u, ok := arg.(*ast.UnaryExpr); ok {
		arg = u.X
	}
	id := rootIdent(arg)
	if id == nil {
		return nil
	}
	v, _ := info.Uses[id].(*types.Var)
	return v
}

// moveConfigurers adds to the move the set-ups the function makes (setUp:
// configurer calls, field sets, ifs of field sets), as statements of their
// own, of a value the move defines, when nothing the function keeps uses
// that value between its definition and the set-up, and the set-up is the
// same on every invocation (it refuses the fix when not).
func (p *plan) moveConfigurers() bool {
	info := p.ix.pass.TypesInfo
	// What moves before the set-ups join it: what they and their
	// dependencies define does not count. Copied when the first joins.
	moved, copied := p.moved, false
	for j, st := range p.body.List {
		if p.moved[j] {
			continue
		}
		v, needs := setUp(info, st)
		if v == nil {
			continue
		}
		// v is defined by a statement that moves.
		d, ok := p.defIdx[v]
		if !ok || !moved[d] {
			continue
		}
		if !p.sameSetUp(v, st) {
			return false
		}
		if d > j || p.usedBetween(v, d, j) {
			continue
		}
		if !copied {
			moved, copied = maps.Clone(p.moved), true
		}
		p.moved[j] = true
		if !p.needDeps(needs, j) {
			return false
		}
	}
	return true
}

// setUp returns the variable st sets up, as a statement of its own, and
// what the set-up reads: a configurer call (configurerCall), a field set
// (fieldSetup) or an if that only sets fields (condSetup); nil otherwise.
func setUp(info *types.Info, st ast.Stmt) (*types.Var, ast.Node) {
	if call := configurerCall(info, st); call != nil {
		return configured(info, call), call
	}
	switch st := st.(type) {
	case *ast.IfStmt:
		v := condSetup(info, st)
		return v, st
	case *ast.AssignStmt:
		v, rhs := fieldSetup(info, st)
		return v, rhs
	}
	return nil, nil
}

// sameSetUp reports whether st, a set-up of v (setUp), sets v up the same
// way on every invocation, refusing the fix when not.
func (p *plan) sameSetUp(v *types.Var, st ast.Stmt) bool {
	if call := configurerCall(p.ix.pass.TypesInfo, st); call != nil {
		for _, a := range call.Args[1:] {
			if !p.iv.configArg(call, a) {
				return p.fail("it is set up by " + types.ExprString(call.Fun) + " with " + types.ExprString(a) + ", which can change between invocations")
			}
		}
		return true
	}
	switch st := st.(type) {
	case *ast.IfStmt:
		if !p.iv.setupCond(v, st) {
			return p.fail(v.Name() + " is set up when " + types.ExprString(st.Cond) + ", which can change between invocations")
		}
		for _, x := range st.Body.List {
			if !p.sameSetUp(v, x) {
				return false
			}
		}
		return true
	case *ast.AssignStmt:
		if !p.iv.setup(v, st.Rhs[0]) {
			return p.fail(types.ExprString(st.Lhs[0]) + " is set from " + types.ExprString(st.Rhs[0]) + ", which can change between invocations")
		}
		return true
	}
	return false
}

// fieldSetup returns the variable whose field st sets, and the value, for
// a statement of the form v.f = x or v.f.g = x; nil otherwise.
func fieldSetup(info *types.Info, as *ast.AssignStmt) (*types.Var, ast.Expr) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return nil, nil
	}
	sel, ok := ast.Unparen(as.Lhs[0]).(*ast.SelectorExpr)
	if !ok {
		return nil, nil
	}
	x := ast.Expr(sel)
	for {
		s, ok := ast.Unparen(x).(*ast.SelectorExpr)
		if !ok {
			break
		}
		if sel := info.Selections[s]; sel == nil || sel.Kind() != types.FieldVal || sel.Indirect() {
			return nil, nil // a package's name, a method, or through a pointer
		}
		x = s.X
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, nil
	}
	v, _ := info.Uses[id].(*types.Var)
	if v == nil || v.IsField() {
		return nil, nil
	}
	return v, as.Rhs[0]
}

// condSetup returns the variable whose fields the statements of is set,
// for an if with no else whose body does nothing else (a local endpoint:
// if ep := os.Getenv("DYNAMODB_ENDPOINT"); ep != "" { cfg.BaseEndpoint =
// &ep }); nil otherwise.
func condSetup(info *types.Info, is *ast.IfStmt) *types.Var {
	if is.Else != nil || len(is.Body.List) == 0 {
		return nil
	}
	if is.Init != nil {
		if as, ok := is.Init.(*ast.AssignStmt); !ok || as.Tok != token.DEFINE {
			return nil
		}
	}
	var v *types.Var
	for _, st := range is.Body.List {
		as, ok := st.(*ast.AssignStmt)
		if !ok {
			return nil
		}
		w, _ := fieldSetup(info, as)
		if w == nil || v != nil && w != v {
			return nil
		}
		v = w
	}
	return v
}

// isBodyStmt reports whether cur is a statement of a function's body, not
// one nested in a block of it.
func isBodyStmt(cur inspector.Cursor) bool {
	if _, ok := cur.Parent().Node().(*ast.BlockStmt); !ok {
		return false
	}
	switch cur.Parent().Parent().Node().(type) {
	case *ast.FuncDecl, *ast.FuncLit:
		return true
	}
	return false
}

// usedBetween reports whether a statement the function keeps between top
// level statements d and j uses v.
func (p *plan) usedBetween(v *types.Var, d, j int) bool {
	info := p.ix.pass.TypesInfo
	used := false
	for i := d + 1; i < j && !used; i++ {
		if p.moved[i] {
			continue
		}
		ast.Inspect(p.body.List[i], func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && info.Uses[id] == v {
				used = true
			}
			return !used
		})
	}
	return used
}

// assignedAgain reports whether as holds more than one assignment besides
// the set-ups of configurers, which move with the definition or keep the
// value from moving (see moveConfigurers and changedLater).
func assignedAgain(as []assignment) bool {
	n := 0
	for _, a := range as {
		if a.configure == nil && a.setup == nil {
			n++
		}
	}
	return n != 1
}

// configArg reports whether an argument of a configurer call besides the
// value it sets up is the same on every invocation: an invariant value,
// or an option built by the configurer's own package from such values
// (otelaws.WithTracerProvider(tp)).
func (iv *invariance) configArg(call *ast.CallExpr, a ast.Expr) bool {
	if iv.expr(a) {
		return true
	}
	info := iv.ix.pass.TypesInfo
	opt, ok := ast.Unparen(a).(*ast.CallExpr)
	if !ok {
		return false
	}
	fn, ok := typeutil.Callee(info, opt).(*types.Func)
	cfn, _ := typeutil.Callee(info, call).(*types.Func)
	if !ok || cfn == nil || fn.Pkg() != cfn.Pkg() {
		return false
	}
	for _, x := range opt.Args {
		if !iv.configArg(call, x) {
			return false
		}
	}
	return true
}
