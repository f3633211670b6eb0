package analyzer

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const ignoreDirective = "//lambdainit:ignore"

// suppress drops the findings a //lambdainit:ignore <reason> comment
// covers: one on the line of the finding, or on the line above it or above
// the statement that holds it. A directive without a reason still
// suppresses, and is itself reported, once.
func (ix *index) suppress(fs []*finding) []*finding {
	pass := ix.pass
	directives := map[*token.File]map[int]*ast.Comment{}
	for _, f := range pass.Files {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if strings.HasPrefix(c.Text, ignoreDirective) {
					tf := pass.Fset.File(c.Pos())
					if directives[tf] == nil {
						directives[tf] = map[int]*ast.Comment{}
					}
					directives[tf][tf.Line(c.Pos())] = c
				}
			}
		}
	}
	if len(directives) == 0 {
		return fs
	}
	reported := map[*ast.Comment]bool{}
	kept := fs[:0]
	for _, f := range fs {
		tf := pass.Fset.File(f.cand.node.Pos())
		lines := []int{tf.Line(f.cand.node.Pos()), tf.Line(f.cand.node.Pos()) - 1}
		for c := f.cand.cur; c.Valid(); c = c.Parent() {
			if st, ok := c.Node().(ast.Stmt); ok {
				lines = append(lines, tf.Line(st.Pos())-1)
				break
			}
		}
		var d *ast.Comment
		for _, l := range lines {
			if d = directives[tf][l]; d != nil {
				break
			}
		}
		if d == nil {
			kept = append(kept, f)
			continue
		}
		reason, _, _ := strings.Cut(strings.TrimPrefix(d.Text, ignoreDirective), "//") // a trailing comment is no reason
		reason = strings.TrimSpace(reason)
		if reason == "" && !reported[d] {
			reported[d] = true
			pass.Report(analysis.Diagnostic{
				Pos: d.Pos(), End: d.End(), Category: "directive",
				Message: "lambdainit:ignore needs a reason: say why this stays per invocation (//lambdainit:ignore <reason>)",
			})
		}
	}
	return kept
}
