package detect

import (
	"cmp"
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

// Result is what detection hands to planning and to the report: the
// read-only index with the detection's answers, the handlers, the
// invariance of the region, the findings in source order, and the
// diagnostics of handlers registered here whose work is in another
// package.
type Result struct {
	Detection  *Detection
	Invariance *Invariance
	Handlers   []*Handler
	Findings   []*Finding
	Elsewhere  []analysis.Diagnostic
	Files      *FileFinder
}

// Detect runs the detection stages on the pass: one traversal into the
// index, the handlers, the facts this package exports, the region that
// runs on every invocation, and the findings in it. It returns nil when
// the package has nothing to report.
func Detect(pass *analysis.Pass, cfg *config.Config) *Result {
	markModule(pass)
	syms := lookupSymbols(pass, cfg)
	shapes := cfg.HandlerShapes && code.ImportsPath(pass, catalogue.EventsPkg)
	entry := len(syms.entries) > 0 || shapes || code.MentionsDirective(pass.Files) ||
		importsStarter(pass.Pkg, func(p *types.Package) bool { return inModule(pass, p) && pass.ImportPackageFact(p, new(StarterFact)) })
	// A library package of the module summarises what its functions build
	// for the packages that call them (facts.go).
	export := exportsFacts(pass) && (mayBuild(pass.Pkg) || mayDispatch(pass.Pkg) || maySetUp(pass.Pkg))
	if !entry && !export {
		return nil // no entry point, no events type, no directive: nothing to do
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ix := buildIndex(pass, ins, syms, cfg)
	var hs []*Handler
	if entry {
		hs = ix.handlers()
		if len(hs) == 0 && shapes {
			hs = ix.shapedHandlers()
		}
	}
	ix.found = hs
	if export {
		ix.exportFacts(mayBuild(pass.Pkg))
	}
	res := &Result{Detection: ix, Handlers: hs, Files: &ix.files}
	if entry {
		res.Elsewhere = ix.registeredElsewhere()
	}
	if len(hs) == 0 {
		if entry {
			res.Elsewhere = append(res.Elsewhere, ix.routesElsewhere(nil)...)
		}
		return res
	}
	region := ix.moveHelperCalls(hs)
	ix.markPerCallRecv(region)
	ix.markCleared(hs, region)
	ix.dispatchRegion(region)
	res.Elsewhere = append(res.Elsewhere, ix.routesElsewhere(region)...)
	ix.inRegion = map[*FuncNode]bool{}
	ix.reachedBy = map[*FuncNode]*Handler{}
	for _, r := range region {
		ix.inRegion[r.Fn] = true
		ix.reachedBy[r.Fn] = r.Handler
	}
	res.Invariance = newInvariance(ix, region)
	fs := ix.suppress(ix.findings(region, res.Invariance, cfg))
	// In source order: drivers apply the fixes in the order of the
	// diagnostics, and where two fixes declare at the same point, the
	// first comes first; names go to the fixes in that order too.
	// Files by their place in the package (the parser may have added them
	// to the file set in any order), then positions within a file.
	fileIndex := map[*token.File]int{}
	for i, f := range pass.Files {
		fileIndex[pass.Fset.File(f.FileStart)] = i
	}
	slices.SortStableFunc(fs, func(a, b *Finding) int {
		pa, pb := a.Cand.Node.Pos(), b.Cand.Node.Pos()
		return cmp.Or(cmp.Compare(fileIndex[pass.Fset.File(pa)], fileIndex[pass.Fset.File(pb)]), cmp.Compare(pa, pb))
	})
	res.Findings = fs
	return res
}

// Finding is a reported construction: what it is, where, and the handler
// whose invocations repeat it. The fix planner starts from here.
type Finding struct {
	Cand  *Candidate
	Reach *Reach
	// work is, for a call of another package's function, the Init work
	// of that call that is the same on every invocation.
	Work []Work
}

// findings returns the candidates of the region that are real findings.
func (ix *Detection) findings(region []*Reach, iv *Invariance, cfg *config.Config) []*Finding {
	var out []*Finding
	for _, r := range region {
		for _, c := range ix.candsOf(r.Fn) {
			if !cfg.Enabled(c.Kind) {
				continue
			}
			var ok bool
			var ws []Work
			switch {
			case c.Fact != nil:
				ws = iv.factWork(c, r.Fn)
				ok = len(ws) > 0 && all(ix.fluentArgs(c), iv.Expr)
			case c.Input():
				ok = iv.paramsOK(c, r.Fn)
			default:
				ok = iv.Expr(c.Node.(ast.Expr)) && all(ix.fluentArgs(c), iv.Expr)
				if !ok && c.Alt != nil {
					c, ok = c.Alt, iv.Expr(c.Alt.Node.(ast.Expr))
				}
			}
			if ok {
				out = append(out, &Finding{Cand: c, Reach: r, Work: ws})
			}
		}
	}
	return out
}

// Expr is the expression a finding moves: the call, or the input literal
// with its & when it has one.
func (f *Finding) Expr() (ast.Expr, inspector.Cursor) {
	cur := f.Cand.cur
	if u, ok := cur.Parent().Node().(*ast.UnaryExpr); ok && u.Op == token.AND {
		cur = cur.Parent()
	}
	return cur.Node().(ast.Expr), cur
}

// fluentArgs returns the arguments of the fluent chain a construction
// starts (resty.New().SetBaseURL(u).SetTimeout(t)): each method of it that
// returns the construction's own type configures what was built, so it is
// the same on every invocation only when they are.
func (ix *Detection) fluentArgs(c *Candidate) []ast.Expr {
	info := ix.Pass.TypesInfo
	e, ok := c.Node.(ast.Expr)
	if !ok {
		return nil
	}
	t := info.TypeOf(e)
	if t == nil {
		return nil
	}
	var out []ast.Expr
	for cur := c.cur; ; {
		sel, ok := cur.Parent().Node().(*ast.SelectorExpr)
		if !ok || sel.X != cur.Node() {
			return out
		}
		call, ok := cur.Parent().Parent().Node().(*ast.CallExpr)
		if !ok || call.Fun != ast.Expr(sel) {
			return out
		}
		if fn, _ := info.Uses[sel.Sel].(*types.Func); !ConfiguresSelf(fn, t) {
			return out
		}
		out = append(out, call.Args...)
		cur = cur.Parent().Parent()
	}
}

// ConfiguresSelf reports whether fn, a method called on a value of type
// t, is a fluent setter of it: a method outside the SDK whose one result
// is t itself (resty.Client.SetBaseURL, a builder's setter), which
// configures the value it is called on.
func ConfiguresSelf(fn *types.Func, t types.Type) bool {
	if fn == nil || fn.Pkg() != nil && catalogue.IsSDKPackage(fn.Pkg().Path()) {
		return false
	}
	res := fn.Signature().Results()
	return res.Len() == 1 && types.Identical(res.At(0).Type(), t)
}
