package plan

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"
	"unicode"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"
	"github.com/lambdainit/lambdainit/analyzer/internal/detect"

	"github.com/lambdainit/lambdainit/analyzer/internal/hoist"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// planner is the planning stage of one pass: what detection hands on,
// read only, and the answers to planning's own questions, kept for the
// plans of every function.
type planner struct {
	ix       *detect.Detection
	iv       *detect.Invariance
	handlers []*detect.Handler
	cfg      *config.Config
	hooks    Hooks
	tests    *testFiles                // see testFiles
	vary     map[*detect.FuncNode]bool // see startsVary
	ends     map[types.Type]bool       // see hasEndMethod
}

// Outcome is what the fix planner decided for one finding.
type Outcome struct {
	Fix    *analysis.SuggestedFix // on the first finding of a plan
	Lead   *detect.Finding        // the finding that carries the plan's fix
	Reason string                 // why there is no fix
}

// Fixes plans the fixes of the findings detection hands on.
func Fixes(res *detect.Result, cfg *config.Config, hooks Hooks) map[*detect.Finding]*Outcome {
	return (&planner{ix: res.Detection, iv: res.Invariance, handlers: res.Handlers, cfg: cfg, hooks: hooks}).planFixes(res.Findings)
}

// Hooks are the test seams of planning, set only by tests: the analyzer
// passes the zero value.
type Hooks struct {
	// VerifyFastFormat, when set, sees the fast formatter's output beside
	// go/format's (see hoist.Session.VerifyFastFormat).
	VerifyFastFormat func(src, fast, gofmt []byte)
}

// planFixes groups the findings by the function they are in, plans one
// move per function, and returns the outcome of each finding.
//
// Each fix is a change to the original file that stands alone: it declares
// every name it uses, adds every import it needs, and removes only the
// imports that it alone leaves unused. Drivers apply any subset (golangci-lint
// drops what //nolint silences, an editor applies one), so no fix may lean
// on another. Whether the fixes compile, alone and together, is proven by
// the tests and by `lambdainit verify`, not here: Run reads nothing but the
// pass.
func (pl *planner) planFixes(fs []*detect.Finding) map[*detect.Finding]*Outcome {
	out := map[*detect.Finding]*Outcome{}
	pass := pl.ix.Pass
	if usesCgo(pass) {
		for _, f := range fs {
			out[f] = &Outcome{Reason: "the package uses cgo"}
		}
		return out
	}
	var order []*detect.FuncNode
	groups := map[*detect.FuncNode][]*detect.Finding{}
	for _, f := range fs {
		fn := home(f.Reach)
		if groups[fn] == nil {
			order = append(order, fn)
		}
		groups[fn] = append(groups[fn], f)
	}
	// First the plans, then the edits: what one fix may leave out depends
	// on what the other fixes of its file take away (see keepAlive).
	type planned struct {
		p       *plan
		movable []*detect.Finding
	}
	var plans []planned
	for _, fn := range order {
		group := groups[fn]
		slices.SortFunc(group, func(a, b *detect.Finding) int { return int(a.Cand.Node.Pos() - b.Cand.Node.Pos()) })
		h := group[0].Reach.Handler
		// All of them at once first: one walk of the body, the common
		// case. Only when that fails is each tried alone, so that one
		// refusal does not hold back the others.
		if all := newPlan(pl, fn, h); all.addAll(group) && all.finish() {
			plans = append(plans, planned{all, group})
			continue
		}
		var movable []*detect.Finding
		for _, f := range group {
			p := newPlan(pl, fn, h)
			if p.add(f) && p.finish() {
				movable = append(movable, f)
			} else {
				out[f] = &Outcome{Reason: p.reason}
			}
		}
		if len(movable) == 0 {
			continue
		}
		p := newPlan(pl, fn, h)
		if !p.addAll(movable) || !p.finish() {
			for _, f := range movable {
				out[f] = &Outcome{Reason: p.reason}
			}
			continue
		}
		plans = append(plans, planned{p, movable})
	}
	moves := make([]*hoist.Move, len(plans))
	for i, pl := range plans {
		moves[i] = pl.p.move()
	}
	session := hoist.NewSession(pass, pl.testDecls(), nameFor)
	session.VerifyFastFormat(pl.hooks.VerifyFastFormat)
	written := session.Fixes(moves)
	for i, pl := range plans {
		edits, title, err := written[i].Edits, written[i].Title, written[i].Err
		if err != nil {
			for _, f := range pl.movable {
				out[f] = &Outcome{Reason: err.Error()}
			}
			continue
		}
		lead := pl.movable[0]
		out[lead] = &Outcome{Fix: &analysis.SuggestedFix{Message: title, TextEdits: edits}, Lead: lead}
		for _, f := range pl.movable[1:] {
			out[f] = &Outcome{Lead: lead}
		}
	}
	return out
}

// addAll plans the moves of fs; false when one cannot move.
func (p *plan) addAll(fs []*detect.Finding) bool {
	for _, f := range fs {
		if !p.add(f) {
			return false
		}
	}
	return true
}

// move is the plan as the hoist package writes it.
func (p *plan) move() *hoist.Move {
	info := p.ix.Pass.TypesInfo
	m := &hoist.Move{
		Func: p.fn.Decl, Name: p.fn.Name(), Body: p.body,
		Moved: p.moved, Checks: p.checks, Failures: map[int]string{},
		Exprs: p.exprs, Ctx: p.ctx, PkgVars: p.pkgVars, KeepErr: p.keepErr,
		Landing: p.land, Idents: p.ix.IdentsOf(p.fn),
	}
	m.InsertPos, m.OwnPos = p.insertPos()
	for i := range p.checks {
		m.Failures[i] = checkedCallName(info, p.ix.Pass.Pkg, p.body.List[i-1])
	}
	if p.land == hoist.Main {
		m.Start = p.startStmt()
		fn := p.h.Registration.Fn
		m.StartName = fn.Pkg().Name() + "." + fn.Name()
	}
	for _, f := range p.findings {
		if name := f.Cand.Name(info); !slices.Contains(m.What, name) {
			m.What = append(m.What, name)
		}
	}
	return m
}

// checkedCallName names what failed when the error a check tests is set:
// "unable to load SDK config", or the function called ("loadConfig" for
// one of this package).
func checkedCallName(info *types.Info, pkg *types.Package, st ast.Stmt) string {
	for _, x := range code.RHS(st) {
		if call, ok := x.(*ast.CallExpr); ok {
			if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && fn.Pkg() != nil {
				c := catalogue.Classify(fn)
				if c == nil {
					c = catalogue.ClassifyResource(fn)
				}
				if c != nil && c.Failure != "" {
					return c.Failure
				}
				if fn.Pkg() == pkg {
					return fn.Name()
				}
				return code.Qualified(fn)
			}
		}
	}
	return "initialisation failed"
}

// home returns the function whose body a finding moves out of: the function
// it is in or, for a literal that runs because the function around it runs
// (a goroutine, a deferred or called closure), that function, so that one
// fix moves the literal's construction and the locals of the outer
// function it reads together.
func home(r *detect.Reach) *detect.FuncNode {
	for r.Fn.Lit != nil && r.Via != nil && r.Via.Fn == r.Fn.Outer {
		r = r.Via
	}
	return r.Fn
}

// usesCgo reports whether the package uses cgo: the analyzer sees cgo's
// processed copies of its files, which edits would not reach, so its
// findings carry no fix.
func usesCgo(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if code.Remapped(pass, f) {
			return true
		}
		for _, spec := range f.Imports {
			if spec.Path.Value == `"C"` {
				return true
			}
		}
	}
	return false
}

// nameFor names a package variable of type t: dynamodbClient, scanInput,
// cfg, sess.
func nameFor(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return "shared"
	}
	obj := named.Obj()
	switch {
	case obj.Name() == "Config" && catalogue.IsSDKPackage(obj.Pkg().Path()):
		return "awsConfig"
	case obj.Name() == "Config":
		return lowerFirst(obj.Pkg().Name()) + "Config" // pgxpoolConfig, zapConfig
	case obj.Name() == "Session":
		return "sess"
	case obj.Name() == "Credentials":
		return "creds"
	case obj.Name() == "Regexp":
		return "pattern"
	case obj.Name() == "Template":
		return "tmpl"
	case obj.Pkg().Path() == "net/http" && obj.Name() == "Client":
		return "httpClient"
	case obj.Name() == "PresignClient":
		return obj.Pkg().Name() + "Presign"
	case catalogue.IsServicePackage(obj.Pkg().Path()) && (obj.Name() == "Client" || strings.EqualFold(obj.Name(), obj.Pkg().Name())):
		return obj.Pkg().Name() + "Client"
	}
	if name := lowerFirst(obj.Name()); name != obj.Name() {
		return name
	}
	// An unexported type's own name is taken by the type: sharedStore.
	r := []rune(obj.Name())
	return "shared" + strings.ToUpper(string(r[0])) + string(r[1:])
}

func lowerFirst(s string) string {
	r := []rune(s)
	i := 0
	for i < len(r) && unicode.IsUpper(r[i]) && (i == 0 || i+1 >= len(r) || unicode.IsUpper(r[i+1])) {
		r[i] = unicode.ToLower(r[i])
		i++
	}
	return string(r)
}
