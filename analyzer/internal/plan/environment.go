package plan

import (
	"go/ast"

	"github.com/lambdainit/lambdainit/analyzer/internal/detect"
)

// readsEnv reports whether the moved code reads the environment: os.Getenv
// and its kind, or SDK configuration loading, which reads AWS_REGION,
// AWS_PROFILE, AWS_ENDPOINT_URL and the rest.
func (p *plan) readsEnv() bool {
	info := p.ix.Pass.TypesInfo
	found := false
	visit := func(n ast.Node) {
		ast.Inspect(n, func(x ast.Node) bool {
			call, ok := x.(*ast.CallExpr)
			if !ok || found {
				return !found
			}
			found = detect.ReadsEnvCall(info, call)
			return !found
		})
	}
	for i, st := range p.body.List {
		if p.moved[i] {
			visit(st)
		}
	}
	for _, in := range p.exprs {
		visit(in.Expr)
	}
	return found || p.helperEnv
}
