package analyzer

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
)

//go:embed doc.go
var docSource string

// Analyzer is lambdainit with its default configuration.
var Analyzer = New(Config{})

// New returns a fresh analyzer bound to its own copy of cfg. Its flags
// write into that copy before any run; run only reads it.
func New(cfg Config) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:     "lambdainit",
		Doc:      analyzerDoc(docSource),
		URL:      "https://github.com/lambdainit/lambdainit",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		// What the functions of each package of the main module build, for
		// the handlers of the packages that call them (facts.go).
		FactTypes: []analysis.Fact{(*workFact)(nil), (*shareFact)(nil)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, &c) },
	}
	c.bindFlags(&a.Flags)
	return a
}

// analyzerDoc extracts the "# Analyzer lambdainit" section of the package
// comment, so that -help, pkg.go.dev and editors show one text. Its first
// line, "lambdainit: check for …", becomes the summary.
func analyzerDoc(src string) string {
	_, section, ok := strings.Cut(src, "// # Analyzer lambdainit\n//\n")
	if !ok {
		panic("doc.go has no '# Analyzer lambdainit' section")
	}
	var lines []string
	for line := range strings.SplitSeq(section, "\n") {
		text, isComment := strings.CutPrefix(line, "//")
		if !isComment {
			break
		}
		lines = append(lines, strings.TrimPrefix(text, " "))
	}
	return strings.TrimPrefix(strings.TrimSpace(strings.Join(lines, "\n")), "lambdainit: ")
}

// finding is a reported construction: what it is, where, and the handler
// whose invocations repeat it. The fix planner starts from here.
type finding struct {
	cand  *candidate
	reach *reach
	// work is, for a call of another package's function, the Init work
	// of that call that is the same on every invocation.
	work []work
}

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	if pass.TypesInfo == nil || len(pass.Files) == 0 {
		return nil, nil // a dependency loaded without syntax
	}
	syms := lookupSymbols(pass, cfg)
	shapes := !cfg.NoHandlerShapes && importsPath(pass, eventsPkg)
	entry := len(syms.entries) > 0 || shapes || mentionsDirective(pass.Files)
	// A library package of the module summarises what its functions build
	// for the packages that call them (facts.go).
	export := exportsFacts(pass) && mayBuild(pass.Pkg)
	if !entry && !export {
		return nil, nil // no entry point, no events type, no directive: nothing to do
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	ix := buildIndex(pass, ins, syms)
	ix.cfg = cfg
	var hs []*handler
	if entry {
		hs = ix.handlers()
		if len(hs) == 0 && shapes {
			hs = ix.shapedHandlers()
		}
	}
	ix.found = hs
	if export {
		ix.exportFacts()
	}
	if entry {
		ix.reportRegisteredElsewhere()
	}
	if len(hs) == 0 {
		return nil, nil
	}
	region := ix.liftHelpers(hs)
	ix.inRegion = map[*funcNode]bool{}
	for _, r := range region {
		ix.inRegion[r.fn] = true
	}
	iv := newInvariance(ix, region)
	fs := ix.suppress(ix.findings(region, iv, cfg))
	if len(fs) == 0 {
		return nil, nil
	}
	// In source order: drivers apply the fixes in the order of the
	// diagnostics, and where two fixes declare at the same point, the
	// first comes first; names go to the fixes in that order too.
	// Files by their place in the package (the parser may have added them
	// to the file set in any order), then positions within a file.
	fileIndex := map[*token.File]int{}
	for i, f := range pass.Files {
		fileIndex[pass.Fset.File(f.FileStart)] = i
	}
	slices.SortStableFunc(fs, func(a, b *finding) int {
		pa, pb := a.cand.node.Pos(), b.cand.node.Pos()
		return cmp.Or(cmp.Compare(fileIndex[pass.Fset.File(pa)], fileIndex[pass.Fset.File(pb)]), cmp.Compare(pa, pb))
	})
	outcomes := ix.planFixes(fs, iv)
	for _, f := range fs {
		d := f.diagnostic(pass, &ix.files)
		switch o := outcomes[f]; {
		case o == nil:
		case o.fix != nil:
			d.SuggestedFixes = []analysis.SuggestedFix{*o.fix}
		case o.lead != nil:
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: o.lead.cand.node.Pos(), End: o.lead.cand.node.End(), Message: "moved by the fix offered here"})
		case o.reason != "":
			d.Message += " (no automatic fix: " + o.reason + ")"
		}
		pass.Report(d)
	}
	return nil, nil
}

// findings returns the candidates of the region that are real findings.
func (ix *index) findings(region []*reach, iv *invariance, cfg *Config) []*finding {
	var out []*finding
	for _, r := range region {
		for _, c := range r.fn.cands {
			if !cfg.enabled(c.kind) {
				continue
			}
			var ok bool
			var ws []work
			switch {
			case c.fact != nil:
				ws = iv.factWork(c)
				ok = len(ws) > 0
			case c.kind == KindParams:
				ok = iv.paramsOK(c, r.fn)
			default:
				ok = iv.expr(c.node.(ast.Expr))
			}
			if ok {
				out = append(out, &finding{cand: c, reach: r, work: ws})
			}
		}
	}
	return out
}

func (f *finding) diagnostic(pass *analysis.Pass, files *fileFinder) analysis.Diagnostic {
	c, h := f.cand, f.reach.handler
	where := h.name
	if chain := f.reach.chain(); chain != "" {
		where += " (via " + chain + ")"
	}
	var msg string
	pos, end := c.node.Pos(), c.node.End()
	switch kind := c.kind; {
	case f.work != nil:
		name := funcLabel(c.fn)
		if c.fn.Pkg() == pass.Pkg {
			name = c.fn.Name() // a helper of this package (liftHelpers)
		}
		if c.via != nil {
			name = funcLabel(c.via) + " (its one implementation, " + funcLabel(c.fn) + ")"
			if c.several {
				name = funcLabel(c.via) + " (each of its implementations)"
			}
		}
		msg = fmt.Sprintf("%s %s on every invocation of %s; build it once outside the handler", name, describe(f.work), where)
	case c.opaque:
		msg = fmt.Sprintf("%s %s on every invocation of %s; unless it returns one it keeps, build it once outside the handler", qualified(c.fn), c.what, where)
	case kind == KindParams:
		lit := c.node.(*ast.CompositeLit)
		named := inputType(pass.TypesInfo.TypeOf(lit))
		pos, end = lit.Type.Pos(), lit.Type.End()
		msg = fmt.Sprintf("%s.%s is rebuilt with the same constant values on every invocation of %s; declare it once outside the handler",
			named.Obj().Pkg().Name(), named.Obj().Name(), where)
	case kind == KindConfig:
		msg = fmt.Sprintf("%s %s on every invocation of %s; load it once outside the handler", label(c.fn), c.what, where)
	case kind == KindFetch:
		msg = fmt.Sprintf("%s %s on every invocation of %s; cache it outside the handler (secretcache, or a package variable with a refresh policy)", label(c.fn), c.what, where)
	case kind == KindResource:
		if lit, ok := c.node.(*ast.CompositeLit); ok {
			pos, end = lit.Type.Pos(), lit.Type.End()
		}
		msg = fmt.Sprintf("%s %s on every invocation of %s; create it once outside the handler", c.name(pass.TypesInfo), c.what, where)
	default:
		msg = fmt.Sprintf("%s %s on every invocation of %s; create it once outside the handler", label(c.fn), c.what, where)
	}
	related := []analysis.RelatedInformation{{Pos: h.reg, Message: cmp.Or(h.note, "handler registered here")}}
	for _, w := range f.work {
		if at, ok := relatedAt(files, w); ok {
			related = append(related, analysis.RelatedInformation{Pos: at, Message: w.Name + " " + w.What})
		}
	}
	return analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: string(c.kind),
		Message:  msg,
		Related:  related,
	}
}

// funcLabel names a function or method of another package in messages:
// "repository.New", "repository.Store.Save".
func funcLabel(fn *types.Func) string {
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			return fn.Pkg().Name() + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	return qualified(fn)
}

func qualified(fn *types.Func) string {
	return fn.Pkg().Name() + "." + fn.Name()
}

func importsPath(pass *analysis.Pass, path string) bool {
	for _, imp := range pass.Pkg.Imports() {
		if imp.Path() == path {
			return true
		}
	}
	return false
}

// mentionsDirective reports whether a file holds a //lambdainit:handler
// comment, the only way a package without an entry point has handlers.
func mentionsDirective(files []*ast.File) bool {
	for _, f := range files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.HasPrefix(c.Text, "//lambdainit:handler") {
					return true
				}
			}
		}
	}
	return false
}

// label names a constructor in messages: package and name, and for a
// method of the standard library its type too ("http.Transport.Clone",
// "template.Template.Parse"), where the name alone would say little.
func label(fn *types.Func) string {
	if fn.Signature().Recv() != nil && isStdPath(fn.Pkg().Path()) {
		return funcLabel(fn)
	}
	return qualified(fn)
}
