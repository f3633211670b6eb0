package analyzer

import (
	"go/ast"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// outcome is what the fix planner decided for one finding.
type outcome struct {
	fix    *analysis.SuggestedFix // on the first finding of a plan
	lead   *finding               // the finding that carries the plan's fix
	reason string                 // why there is no fix
}

// planFixes groups the findings by the function they are in, plans one
// move per function, proves it, and returns the outcome of each finding.
func (ix *index) planFixes(fs []*finding, iv *invariance) map[*finding]*outcome {
	out := map[*finding]*outcome{}
	pass := ix.pass
	if hasCgo(pass.Files) {
		for _, f := range fs {
			out[f] = &outcome{reason: "the package uses cgo"}
		}
		return out
	}
	var order []*funcNode
	groups := map[*funcNode][]*finding{}
	for _, f := range fs {
		fn := f.reach.fn
		if groups[fn] == nil {
			order = append(order, fn)
		}
		groups[fn] = append(groups[fn], f)
	}
	n := newNamer(pass)
	v := newVerifier(pass)
	for _, fn := range order {
		group := groups[fn]
		slices.SortFunc(group, func(a, b *finding) int { return int(a.cand.node.Pos() - b.cand.node.Pos()) })
		h := group[0].reach.handler
		var movable []*finding
		for _, f := range group {
			p := newPlan(ix, iv, fn, h)
			if p.add(f) && p.finish() {
				movable = append(movable, f)
			} else {
				out[f] = &outcome{reason: p.reason}
			}
		}
		if len(movable) == 0 {
			continue
		}
		fail := func(reason string) {
			for _, f := range movable {
				out[f] = &outcome{reason: reason}
			}
		}
		p := newPlan(ix, iv, fn, h)
		for _, f := range movable {
			p.add(f)
		}
		if !p.finish() {
			fail(p.reason)
			continue
		}
		file := fileOf(pass, fn.body())
		src, err := pass.ReadFile(pass.Fset.File(file.FileStart).Name())
		if err != nil {
			fail(err.Error())
			continue
		}
		edits, title, err := p.buildEdits(n, src, newFileImports(pass, file, src))
		if err != nil {
			fail(err.Error())
			continue
		}
		if err := v.try(edits); err != nil {
			fail(err.Error())
			continue
		}
		lead := movable[0]
		out[lead] = &outcome{fix: &analysis.SuggestedFix{Message: title, TextEdits: edits}, lead: lead}
		for _, f := range movable[1:] {
			out[f] = &outcome{lead: lead}
		}
	}
	return out
}

func fileOf(pass *analysis.Pass, n ast.Node) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			return f
		}
	}
	return nil
}
