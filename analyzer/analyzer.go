package analyzer

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/catalogue"
	"github.com/lambdainit/lambdainit/analyzer/internal/code"
	"github.com/lambdainit/lambdainit/analyzer/internal/config"
	"github.com/lambdainit/lambdainit/analyzer/internal/detect"
	"github.com/lambdainit/lambdainit/analyzer/internal/plan"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
)

//go:embed doc.go
var docSource string

// Analyzer is lambdainit with its default configuration.
var Analyzer = New(Config{})

// New returns a fresh analyzer bound to its own copy of cfg. Its flags
// write into that copy before any run; run only reads it.
func New(cfg Config) *analysis.Analyzer { return newAnalyzer(cfg, plan.Hooks{}) }

// newAnalyzer is New with planning's test seams (export_test.go).
func newAnalyzer(cfg Config, hooks plan.Hooks) *analysis.Analyzer {
	c := cfg
	a := &analysis.Analyzer{
		Name:     "lambdainit",
		Doc:      analyzerDoc(docSource),
		URL:      "https://github.com/lambdainit/lambdainit",
		Requires: []*analysis.Analyzer{inspect.Analyzer},
		// What the functions of each package of the main module build, for
		// the handlers of the packages that call them (detect/facts.go).
		FactTypes: []analysis.Fact{(*detect.WorkFact)(nil), (*detect.ShareFact)(nil), (*detect.OnceFact)(nil), (*detect.PackageFact)(nil), (*detect.ModuleFact)(nil), (*detect.StarterFact)(nil)},
		Run:       func(pass *analysis.Pass) (any, error) { return run(pass, &c, hooks) },
	}
	c.BindFlags(&a.Flags)
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

func run(pass *analysis.Pass, cfg *Config, hooks plan.Hooks) (any, error) {
	if pass.TypesInfo == nil || len(pass.Files) == 0 {
		return nil, nil // a dependency loaded without syntax
	}
	res := detect.Detect(pass, cfg)
	if res == nil {
		return nil, nil
	}
	for _, d := range res.Elsewhere {
		pass.Report(d)
	}
	if len(res.Findings) == 0 {
		return nil, nil
	}
	outcomes := plan.Fixes(res, cfg, hooks)
	for _, f := range res.Findings {
		d := diagnostic(pass, f, res.Files)
		switch o := outcomes[f]; {
		case o == nil:
		case o.Fix != nil:
			d.SuggestedFixes = []analysis.SuggestedFix{*o.Fix}
		case o.Lead != nil:
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: o.Lead.Cand.Node.Pos(), End: o.Lead.Cand.Node.End(), Message: "moved by the fix offered here"})
		case o.Reason != "":
			d.Message += " (no automatic fix: " + o.Reason + ")"
		}
		pass.Report(d)
	}
	return nil, nil
}

func diagnostic(pass *analysis.Pass, f *detect.Finding, files *detect.FileFinder) analysis.Diagnostic {
	c, h := f.Cand, f.Reach.Handler
	where := h.Name
	if chain := f.Reach.Chain(); chain != "" {
		where += " (via " + chain + ")"
	}
	var msg string
	pos, end := c.Node.Pos(), c.Node.End()
	switch kind := c.Kind; {
	case f.Work != nil:
		name := code.FuncLabel(c.Fn)
		if c.Fn.Pkg() == pass.Pkg {
			name = c.Fn.Name() // a helper of this package (moveHelperCalls)
		}
		if c.FuncValue != "" {
			name = c.FuncValue // a call through a function value
		}
		if c.Via != nil {
			name = code.FuncLabel(c.Via) + " (its one implementation, " + code.FuncLabel(c.Fn) + ")"
			if c.Several {
				name = code.FuncLabel(c.Via) + " (each of its implementations)"
			}
		}
		msg = fmt.Sprintf("%s %s on every invocation of %s; build it once outside the handler", name, detect.Describe(f.Work), where)
	case c.Opaque:
		msg = fmt.Sprintf("%s %s on every invocation of %s; unless it returns one it keeps, build it once outside the handler", code.Qualified(c.Fn), c.What, where)
	case kind == config.KindParams:
		lit := c.Node.(*ast.CompositeLit)
		named := catalogue.InputType(pass.TypesInfo.TypeOf(lit))
		pos, end = lit.Type.Pos(), lit.Type.End()
		msg = fmt.Sprintf("%s.%s is rebuilt with the same constant values on every invocation of %s; declare it once outside the handler",
			named.Obj().Pkg().Name(), named.Obj().Name(), where)
	case kind == config.KindConfig:
		msg = fmt.Sprintf("%s %s on every invocation of %s; load it once outside the handler", code.Label(c.Fn), c.What, where)
	case kind == config.KindFetch:
		msg = fmt.Sprintf("%s %s on every invocation of %s; cache it outside the handler (secretcache, or a package variable with a refresh policy)", code.Label(c.Fn), c.What, where)
	case kind == config.KindResource:
		if lit, ok := c.Node.(*ast.CompositeLit); ok {
			pos, end = lit.Type.Pos(), lit.Type.End()
		}
		msg = fmt.Sprintf("%s %s on every invocation of %s; create it once outside the handler", c.Name(pass.TypesInfo), c.What, where)
	default:
		msg = fmt.Sprintf("%s %s on every invocation of %s; create it once outside the handler", code.Label(c.Fn), c.What, where)
	}
	related := []analysis.RelatedInformation{{Pos: h.Reg, Message: cmp.Or(h.Note, "handler registered here")}}
	if c.Alt != nil {
		// A client literal and its transport: the transport is where the
		// connection pool comes from.
		related = append(related, analysis.RelatedInformation{Pos: c.Alt.Node.Pos(), Message: "the transport it builds for the client"})
	}
	related = append(related, detect.WorkRelated(files, f.Work)...)
	return analysis.Diagnostic{
		Pos:      pos,
		End:      end,
		Category: string(c.Kind),
		Message:  msg,
		Related:  related,
	}
}
