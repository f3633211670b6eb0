package hoist

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"sort"
	"strings"

	"github.com/lambdainit/lambdainit/internal/fixcheck"

	"golang.org/x/tools/go/analysis"
)

// formatEdits makes a fix's edits gofmt-exact where that is the fix's
// business: gofmt realigns comments and composite literals next to changed
// lines, so for each top-level declaration the fix edits inside, the edits
// are applied to that declaration alone, the result is formatted, and the
// change is expressed again as minimal whole-line edits. A declaration that
// was not gofmt-clean keeps the fix's edits as they are: formatting it
// would change lines the fix has no business with, and the rest of the
// file is never formatted. New declarations inserted before a declaration
// are formatted already and stay as they are, so that fixes that insert
// the same declaration insert the same bytes. Working per declaration
// keeps this linear in the size of what changes, not of the file.
func formatEdits(file *ast.File, tf *token.File, src []byte, edits []analysis.TextEdit) []analysis.TextEdit {
	type span struct {
		from, to int // byte offsets, whole lines
		edits    []analysis.TextEdit
	}
	var spans []*span
	var rest []analysis.TextEdit
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		var hit *span
		// The declaration that could hold the edit: the last one that
		// starts (with its doc comment) before it.
		i := sort.Search(len(file.Decls), func(i int) bool { return declStart(file.Decls[i]) >= e.Pos }) - 1
		if i >= 0 {
			d := file.Decls[i]
			dFrom, dTo := lineStartOff(src, tf.Offset(declStart(d))), lineEndOff(src, tf.Offset(d.End()))
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
				dTo = -1 // import edits stay as they are
			}
			if dFrom < start && start < dTo && end <= dTo {
				for _, sp := range spans {
					if sp.from == dFrom {
						hit = sp
					}
				}
				if hit == nil {
					hit = &span{from: dFrom, to: dTo}
					spans = append(spans, hit)
				}
			}
		}
		if hit == nil {
			rest = append(rest, e)
			continue
		}
		hit.edits = append(hit.edits, e)
	}
	out := rest
	for _, sp := range spans {
		orig := src[sp.from:sp.to]
		local := make([]fixcheck.Edit, len(sp.edits))
		var deletions []fixcheck.Edit
		for i, e := range sp.edits {
			local[i] = fixcheck.Edit{Start: tf.Offset(e.Pos) - sp.from, End: tf.Offset(e.End) - sp.from, New: string(e.NewText)}
			if len(e.NewText) == 0 {
				deletions = append(deletions, local[i])
			}
		}
		changed, err := fixcheck.Apply(orig, local)
		if err != nil {
			return edits
		}
		formatted, err := format.Source(changed)
		if err != nil {
			return edits
		}
		if len(formatted) > 0 && len(changed) > 0 && changed[len(changed)-1] == '\n' && formatted[len(formatted)-1] != '\n' {
			formatted = append(formatted, '\n')
		}
		if bytes.Equal(formatted, changed) {
			out = append(out, sp.edits...) // nothing to reformat
			continue
		}
		// The declaration is reformatted only if it was gofmt-clean: the
		// fix changes no layout it did not cause. What it keeps of the
		// declaration is asked first (the moved statements, most of a
		// big handler, are written anew anyway), the whole only when that
		// is not clean.
		kept, err := fixcheck.Apply(orig, deletions)
		if err != nil || !fixcheck.Clean(kept) && !fixcheck.Clean(orig) {
			out = append(out, sp.edits...)
			continue
		}
		a, b := fixcheck.SplitLines(string(orig)), fixcheck.SplitLines(string(formatted))
		offsets := make([]int, len(a)+1)
		for i, l := range a {
			offsets[i+1] = offsets[i] + len(l)
		}
		for _, h := range fixcheck.DiffLines(a, b) {
			out = append(out, analysis.TextEdit{
				Pos:     tf.Pos(sp.from + offsets[h.A0]),
				End:     tf.Pos(sp.from + offsets[h.A1]),
				NewText: []byte(strings.Join(b[h.B0:h.B1], "")),
			})
		}
	}
	return out
}

// declStart is where a declaration begins, with its doc comment.
func declStart(d ast.Decl) token.Pos {
	var doc *ast.CommentGroup
	switch d := d.(type) {
	case *ast.FuncDecl:
		doc = d.Doc
	case *ast.GenDecl:
		doc = d.Doc
	}
	if doc != nil {
		return doc.Pos()
	}
	return d.Pos()
}

// lineStartOff returns the offset of the first byte of the line that holds
// off.
func lineStartOff(src []byte, off int) int {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	return off
}

// lineEndOff returns the offset just after the newline that ends the line
// holding off, or the end of src.
func lineEndOff(src []byte, off int) int {
	for off < len(src) && src[off] != '\n' {
		off++
	}
	if off < len(src) {
		off++
	}
	return off
}
