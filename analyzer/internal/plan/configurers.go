package plan

import (
	"go/ast"
	"go/types"
	"maps"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/detect"
)

// configured returns the variable a configurer call sets up: the root of
// its first argument (cfg in &cfg.APIOptions or &cfg, tr in tr).
func configured(info *types.Info, call *ast.CallExpr) *types.Var {
	arg := ast.Unparen(call.Args[0])
	if u, ok := arg.(*ast.UnaryExpr); ok {
		arg = u.X
	}
	id := code.RootIdent(arg)
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
	info := p.ix.Pass.TypesInfo
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
	if call := detect.ConfigurerCall(info, st); call != nil {
		return configured(info, call), call
	}
	switch st := st.(type) {
	case *ast.IfStmt:
		v := detect.CondSetup(info, st)
		return v, st
	case *ast.AssignStmt:
		v, rhs := detect.FieldSetup(info, st)
		return v, rhs
	}
	return nil, nil
}

// sameSetUp reports whether st, a set-up of v (setUp), sets v up the same
// way on every invocation, refusing the fix when not.
func (p *plan) sameSetUp(v *types.Var, st ast.Stmt) bool {
	if call := detect.ConfigurerCall(p.ix.Pass.TypesInfo, st); call != nil {
		for _, a := range call.Args[1:] {
			if !p.iv.ConfigArg(call, a) {
				return p.fail("it is set up by " + types.ExprString(call.Fun) + " with " + types.ExprString(a) + ", which can change between invocations")
			}
		}
		return true
	}
	switch st := st.(type) {
	case *ast.IfStmt:
		if !p.iv.SetupCond(v, st) {
			return p.fail(v.Name() + " is set up when " + types.ExprString(st.Cond) + ", which can change between invocations")
		}
		for _, x := range st.Body.List {
			if !p.sameSetUp(v, x) {
				return false
			}
		}
		return true
	case *ast.AssignStmt:
		if !p.iv.Setup(v, st.Rhs[0]) {
			return p.fail(types.ExprString(st.Lhs[0]) + " is set from " + types.ExprString(st.Rhs[0]) + ", which can change between invocations")
		}
		return true
	}
	return false
}

// usedBetween reports whether a statement the function keeps between top
// level statements d and j uses v.
func (p *plan) usedBetween(v *types.Var, d, j int) bool {
	info := p.ix.Pass.TypesInfo
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
func assignedAgain(as []detect.Assignment) bool {
	n := 0
	for _, a := range as {
		if a.Configure == nil && a.Setup == nil {
			n++
		}
	}
	return n != 1
}
