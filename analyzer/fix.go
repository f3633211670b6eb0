package analyzer

import (
	"go/ast"
	"go/token"
	"go/types"
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
// move per function, and returns the outcome of each finding.
//
// Each fix is a change to the original file that stands alone: it declares
// every name it uses, adds every import it needs, and removes only the
// imports that it alone leaves unused. Drivers apply any subset (golangci-lint
// drops what //nolint silences, an editor applies one), so no fix may lean
// on another. Whether the fixes compile, alone and together, is proven by
// the tests and by `lambdainit verify`, not here: Run reads nothing but the
// pass.
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
		fn := home(f.reach)
		if groups[fn] == nil {
			order = append(order, fn)
		}
		groups[fn] = append(groups[fn], f)
	}
	// First the plans, then the edits: what one fix may leave out depends
	// on what the other fixes of its file take away (see keepAlive).
	type planned struct {
		p       *plan
		movable []*finding
	}
	var plans []planned
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
		p := newPlan(ix, iv, fn, h)
		for _, f := range movable {
			p.add(f)
		}
		if !p.finish() {
			for _, f := range movable {
				out[f] = &outcome{reason: p.reason}
			}
			continue
		}
		plans = append(plans, planned{p, movable})
	}
	n := newNamer(pass)
	for name := range ix.testDecls() {
		n.taken[name] = true
		n.pkgNames[name] = true
	}
	files := map[*ast.File]*fileState{}
	byFile := map[*fileState][]*plan{}
	for _, pl := range plans {
		file := fileOf(pass, pl.p.body)
		fs := files[file]
		if fs == nil {
			var err error
			if fs, err = newFileState(pass, file); err != nil {
				for _, f := range pl.movable {
					out[f] = &outcome{reason: err.Error()}
				}
				continue
			}
			files[file] = fs
		}
		pl.p.file = fs
		byFile[fs] = append(byFile[fs], pl.p)
	}
	for fs, ps := range byFile {
		keepAlive(fs, ps)
	}
	for _, pl := range plans {
		p := pl.p
		if p.file == nil {
			continue
		}
		edits, title, err := p.buildEdits(n, p.file, newFileImports(pass, p.file.file, p.file.src, n.pkgNames))
		if err != nil {
			for _, f := range pl.movable {
				out[f] = &outcome{reason: err.Error()}
			}
			continue
		}
		lead := pl.movable[0]
		out[lead] = &outcome{fix: &analysis.SuggestedFix{Message: title, TextEdits: edits}, lead: lead}
		for _, f := range pl.movable[1:] {
			out[f] = &outcome{lead: lead}
		}
	}
	return out
}

// keepAlive finds, for each plan of a file, the packages its fix must keep
// using. A fix replaces the body of each error check it moves into init
// with one log.Fatalf, and removes the imports that only those bodies used.
// A package whose every use in the file lies in such bodies, but not all
// in one fix's, would be left imported and unused by those fixes applied
// together, though by none alone: each of them keeps its use instead.
func keepAlive(fs *fileState, ps []*plan) {
	info := fs.pass.TypesInfo
	replaced := make([][]ast.Node, len(ps))
	for i, p := range ps {
		if p.land == landLazy {
			continue // the handler keeps its checks
		}
		for idx := range p.checks {
			body := p.body.List[idx].(*ast.IfStmt).Body.List
			if len(body) == 1 && exits(info, body[0]) {
				continue // moves as it is
			}
			for _, st := range body {
				replaced[i] = append(replaced[i], st)
			}
		}
	}
	within := func(pos token.Pos, nodes []ast.Node) bool {
		return slices.ContainsFunc(nodes, func(n ast.Node) bool { return n.Pos() <= pos && pos < n.End() })
	}
	for pn, uses := range fs.pkgUses() {
		everywhere := true
		for _, u := range uses {
			if !slices.ContainsFunc(replaced, func(nodes []ast.Node) bool { return within(u, nodes) }) {
				everywhere = false
				break
			}
		}
		if !everywhere {
			continue
		}
		for i, p := range ps {
			some, all := false, true
			for _, u := range uses {
				if within(u, replaced[i]) {
					some = true
				} else {
					all = false
				}
			}
			if some && !all {
				if p.keep == nil {
					p.keep = map[*types.PkgName]bool{}
				}
				p.keep[pn] = true
			}
		}
	}
}

// home returns the function whose body a finding moves out of: the function
// it is in or, for a literal that runs because the function around it runs
// (a goroutine, a deferred or called closure), that function, so that one
// fix moves the literal's construction and the locals of the outer
// function it reads together.
func home(r *reach) *funcNode {
	for r.fn.lit != nil && r.via != nil && r.via.fn == r.fn.outer {
		r = r.via
	}
	return r.fn
}

func fileOf(pass *analysis.Pass, n ast.Node) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			return f
		}
	}
	return nil
}

// usesCgo reports whether the package uses cgo: the analyzer sees cgo's
// processed copies of its files, which edits would not reach, so its
// findings carry no fix.
func usesCgo(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if remapped(pass, f) {
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
