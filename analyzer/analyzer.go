package analyzer

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
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

func run(pass *analysis.Pass, cfg *Config) (any, error) {
	if pass.TypesInfo == nil || len(pass.Files) == 0 {
		return nil, nil // a dependency loaded without syntax
	}
	res := detect(pass, cfg)
	if res == nil {
		return nil, nil
	}
	for _, d := range res.elsewhere {
		pass.Report(d)
	}
	if len(res.findings) == 0 {
		return nil, nil
	}
	outcomes := fixes(res, cfg)
	for _, f := range res.findings {
		d := f.diagnostic(pass, res.files)
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
