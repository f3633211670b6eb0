package detect

import (
	"go/ast"
	"go/token"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const ignoreDirective = "//lambdainit:ignore"

// suppress drops the findings a //lambdainit:ignore <reason> comment
// covers. A directive at the end of a line governs that line; a directive
// on a line of its own governs the next line. A finding is covered when the
// directive governs its line or the first line of the statement that holds
// it. A directive without a reason still suppresses, and is itself
// reported, once.
func (ix *Detection) suppress(fs []*Finding) []*Finding {
	pass := ix.Pass
	governs := map[*token.File]map[int]*ast.Comment{}
	for _, f := range pass.Files {
		var src []byte
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				if !strings.HasPrefix(c.Text, ignoreDirective) {
					continue
				}
				tf := pass.Fset.File(c.Pos())
				if src == nil {
					var err error
					if src, err = pass.ReadFile(tf.Name()); err != nil || len(src) != tf.Size() {
						src = []byte{}
					}
				}
				line := tf.Line(c.Pos())
				if off := tf.Offset(c.Pos()); off <= len(src) && ownLine(src, off) {
					line++
				}
				if governs[tf] == nil {
					governs[tf] = map[int]*ast.Comment{}
				}
				governs[tf][line] = c
			}
		}
	}
	if len(governs) == 0 {
		return fs
	}
	reported := map[*ast.Comment]bool{}
	kept := fs[:0]
	for _, f := range fs {
		tf := pass.Fset.File(f.Cand.Node.Pos())
		lines := []int{tf.Line(f.Cand.Node.Pos())}
		for c := f.Cand.cur; c.Valid(); c = c.Parent() {
			if st, ok := c.Node().(ast.Stmt); ok {
				lines = append(lines, tf.Line(st.Pos()))
				break
			}
		}
		var d *ast.Comment
		for _, l := range lines {
			if d = governs[tf][l]; d != nil {
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

// ownLine reports whether nothing but blanks precedes offset off on its
// line of src.
func ownLine(src []byte, off int) bool {
	for i := off - 1; i >= 0 && src[i] != '\n'; i-- {
		if src[i] != ' ' && src[i] != '\t' {
			return false
		}
	}
	return true
}
