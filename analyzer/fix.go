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
	if usesCgo(pass) {
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
	files := map[*ast.File]*fileState{}
	// A built fix, waiting for its proof.
	type built struct {
		movable []*finding
		edits   []analysis.TextEdit
		title   string
		file    *fileState
	}
	var all []built
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
		if ix.cfg != nil && ix.cfg.ReportOnly {
			// Safe to move: the edits are built only when asked for,
			// but the findings still point to the one that leads.
			for _, f := range movable[1:] {
				out[f] = &outcome{lead: movable[0]}
			}
			continue
		}
		file := fileOf(pass, fn.body())
		fs := files[file]
		if fs == nil {
			var err error
			if fs, err = newFileState(pass, file); err != nil {
				fail(err.Error())
				continue
			}
			files[file] = fs
		}
		edits, title, err := p.buildEdits(n, fs, newFileImports(pass, file, fs.src, n.pkgNames))
		if err != nil {
			fail(err.Error())
			continue
		}
		all = append(all, built{movable, edits, title, fs})
	}
	accept := func(b built) {
		lead := b.movable[0]
		out[lead] = &outcome{fix: &analysis.SuggestedFix{Message: b.title, TextEdits: b.edits}, lead: lead}
		for _, f := range b.movable[1:] {
			out[f] = &outcome{lead: lead}
		}
	}
	// Prove every fix at once, as -fix applies them; only when that fails,
	// find the ones that hold, one by one.
	// Imports that only the fixes of a file together leave unused go with
	// the last fix of that file: -fix, go fix and golangci-lint apply them
	// all.
	for i := len(all) - 1; i >= 0; i-- {
		fs := all[i].file
		if fs.vanished == nil {
			continue
		}
		var already []analysis.TextEdit
		for _, b := range all {
			if b.file == fs {
				already = append(already, b.edits...)
			}
		}
		all[i].edits = append(all[i].edits, fs.unusedAfterAll(pass.Fset.File(fs.file.FileStart), already)...)
		fs.vanished = nil
	}
	var combined []analysis.TextEdit
	for _, b := range all {
		combined = append(combined, b.edits...)
	}
	if len(all) > 0 && v.try(combined) == nil {
		for _, b := range all {
			accept(b)
		}
		return out
	}
	for _, b := range all {
		if err := v.try(b.edits); err != nil {
			for _, f := range b.movable {
				out[f] = &outcome{reason: err.Error()}
			}
			continue
		}
		accept(b)
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
