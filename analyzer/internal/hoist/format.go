package hoist

import (
	"bytes"
	"go/ast"
	"go/format"
	"go/token"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"

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
		i := sort.Search(len(file.Decls), func(i int) bool { return code.DeclStart(file.Decls[i]) >= e.Pos }) - 1
		if i >= 0 {
			d := file.Decls[i]
			dFrom, dTo := lineStartOff(src, tf.Offset(code.DeclStart(d))), lineEndOff(src, tf.Offset(d.End()))
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
		if lineLocal(file, tf, src, sp.from, sp.to, sp.edits) && !bytes.Contains(changed, []byte("\n\n\n")) {
			out = append(out, sp.edits...) // gofmt has nothing to realign
			continue
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

// lineLocal reports whether edits to the declaration at src[from:to] can
// leave nothing for gofmt to do that the declaration did not already need:
// it has no comments (gofmt aligns trailing comments across lines), and
// each edit removes or inserts whole lines (no blank or trailing blanks
// among them), or replaces text within one line by text without a line
// break or a comment. Whole statements going or coming realign nothing
// else: in a function body gofmt aligns only comments and the keys and
// values of one multi-line literal, by the keys' size. The caller also
// asks that no two blank lines end up in a row (gofmt keeps one).
// Formatting the declaration, the slow path, is then not needed; the fix
// tests and the fuzzer check the fast path's output is gofmt-clean.
func lineLocal(file *ast.File, tf *token.File, src []byte, from, to int, edits []analysis.TextEdit) bool {
	// The file's comments are in source order: the first at or after
	// from is the only one that may lie inside.
	cs := file.Comments
	if i := sort.Search(len(cs), func(i int) bool { return tf.Offset(cs[i].Pos()) >= from }); i < len(cs) && tf.Offset(cs[i].Pos()) < to {
		return false
	}
	if !outsideAligned(file, tf, from, to, edits) {
		return false
	}
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		text := e.NewText
		if bytes.Contains(text, []byte("//")) || bytes.Contains(text, []byte("/*")) {
			return false
		}
		old := src[start:end]
		switch {
		case !bytes.ContainsRune(old, '\n') && !bytes.ContainsRune(text, '\n'):
			// within one line
		case lineStartOff(src, start) == start && (end == to || lineStartOff(src, end) == end) && (len(text) == 0 || text[len(text)-1] == '\n'):
			// whole lines
			for _, l := range bytes.SplitAfter(text, []byte("\n")) {
				if t := bytes.TrimRight(l, "\n"); len(t) > 0 && (len(bytes.TrimRight(t, " \t")) != len(t) || len(bytes.TrimSpace(t)) == 0) {
					return false // trailing or lone blanks
				}
			}
		default:
			return false
		}
	}
	return true
}

// outsideAligned reports whether no edit changes what gofmt aligns inside
// a multi-line literal, struct or interface type, or parenthesised var or
// const group of the declaration at [from, to): an edit inside one must
// replace it whole, or be a value of a literal's key (the keys' size sets
// the alignment; a local that becomes a package variable used as a map key is renamed).
func outsideAligned(file *ast.File, tf *token.File, from, to int, edits []analysis.TextEdit) bool {
	i := sort.Search(len(file.Decls), func(i int) bool { return tf.Offset(file.Decls[i].End()) > from })
	if i == len(file.Decls) || tf.Offset(file.Decls[i].Pos()) >= to {
		return true
	}
	// What the edits touch, sorted and merged, ends included.
	touched := make(code.Spans, 0, len(edits))
	for _, e := range edits {
		touched = append(touched, [2]token.Pos{e.Pos, e.End})
	}
	touched = touched.Merged()
	ok := true
	ast.Inspect(file.Decls[i], func(n ast.Node) bool {
		if !ok || n == nil {
			return false
		}
		if i := sort.Search(len(touched), func(i int) bool { return touched[i][1] >= n.Pos() }); i == len(touched) || touched[i][0] > n.End() {
			return false // no edit touches n: nothing inside it to realign
		}
		var open, close token.Pos
		var keys []ast.Node
		switch n := n.(type) {
		case *ast.CompositeLit:
			open, close = n.Lbrace, n.Rbrace
			for _, elt := range n.Elts {
				if kv, isKV := elt.(*ast.KeyValueExpr); isKV {
					keys = append(keys, kv.Key)
				} else {
					keys = nil // not aligned: any edit inside is fine if in-line
					break
				}
			}
			if len(keys) == 0 {
				return true
			}
		case *ast.StructType:
			open, close = n.Fields.Opening, n.Fields.Closing
		case *ast.InterfaceType:
			open, close = n.Methods.Opening, n.Methods.Closing
		case *ast.GenDecl:
			open, close = n.Lparen, n.Rparen
		default:
			return true
		}
		if !open.IsValid() || !close.IsValid() || tf.Line(open) == tf.Line(close) {
			return true
		}
		for _, e := range edits {
			if e.End <= open || e.Pos > close || e.Pos <= open && close < e.End {
				continue // outside, or the whole of it
			}
			if keys == nil {
				ok = false // inside a struct, interface or group
				return false
			}
			for _, k := range keys {
				if e.Pos < k.End() && k.Pos() < e.End {
					ok = false
					return false
				}
			}
		}
		return true
	})
	return ok
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

// fastFormat formats, without go/format, the declarations decls writes in
// their common shapes: package variables, alone or in a group whose specs
// are all a name and a type without blanks, or all a name and a value; doc
// comments; an init, a sync.OnceFunc or a function whose statements are
// the fix's own one-line ones and the moved statements, the first line of
// each unindented and the rest as the source indented them (the moved
// statements were at the top of a function body, as they land). It
// reports false for anything else: comments in the code, raw strings,
// blanks at the end of a line, a group of another shape, an indented line
// outside a function. For a gofmt-clean source it gives what gofmt gives
// (tests check it against go/format, VerifyFastFormat); for one that was
// not clean, the moved code stays as it was.
func fastFormat(src []byte) ([]byte, bool) {
	text := string(src)
	if strings.ContainsAny(text, "`\r") || strings.Contains(text, "/*") {
		return nil, false
	}
	var out bytes.Buffer
	out.Grow(len(src) + len(src)/4 + 1) // the indentation it adds, and a newline the caller may add
	writeln := func(line string) {
		out.WriteString(line)
		out.WriteByte('\n')
	}
	depth := 0
	var group []string
	inGroup, blank := false, true
	for line := range strings.SplitSeq(strings.TrimSuffix(text, "\n"), "\n") {
		trimmed := strings.TrimSpace(line)
		if strings.TrimRight(line, " \t") != line {
			return nil, false // trailing blanks; a blank line must be empty
		}
		if inGroup {
			if line == ")" {
				if !alignGroup(&out, group) {
					return nil, false
				}
				writeln(")")
				inGroup, group = false, nil
				continue
			}
			if line == "" || line != trimmed || strings.Contains(line, "//") {
				return nil, false
			}
			group = append(group, line)
			continue
		}
		if line == "" {
			if !blank {
				out.WriteByte('\n')
			}
			blank = true
			continue
		}
		blank = false
		if depth == 0 {
			switch {
			case line != trimmed:
				return nil, false
			case line == "var (":
				inGroup = true
				writeln(line)
				continue
			case strings.HasPrefix(line, "// "):
				writeln(line)
				continue
			case strings.Contains(line, "//"):
				return nil, false
			}
			if strings.HasSuffix(line, "{") || strings.HasSuffix(line, "(") {
				// Only a function's body opens here: a package variable's
				// value carries the handler's indentation on its next lines.
				if !strings.HasPrefix(line, "func ") && !strings.HasSuffix(line, ".OnceFunc(func() {") {
					return nil, false
				}
				depth++
			}
			writeln(line)
			continue
		}
		if strings.Contains(line, "//") {
			return nil, false
		}
		if strings.HasPrefix(trimmed, "}") || strings.HasPrefix(trimmed, ")") {
			depth--
			if depth < 0 {
				return nil, false
			}
		}
		if line == trimmed {
			for range depth {
				out.WriteByte('\t')
			}
			writeln(line)
		} else {
			writeln(line) // a moved statement's next line, as the source indented it
		}
		if strings.HasSuffix(trimmed, "{") || strings.HasSuffix(trimmed, "(") && !strings.HasPrefix(trimmed, ")") {
			depth++
		}
	}
	if depth != 0 || inGroup {
		return nil, false
	}
	return out.Bytes(), true
}

// alignGroup writes the specs of a var group as gofmt aligns them: all
// "name Type" (a type without blanks) or all "name = value".
func alignGroup(out *bytes.Buffer, specs []string) bool {
	names := make([]string, len(specs))
	rests := make([]string, len(specs))
	valued := strings.Contains(specs[0], " = ")
	width := 0
	for i, sp := range specs {
		name, rest, ok := strings.Cut(sp, " ")
		if !ok || strings.ContainsAny(name, "\t=") {
			return false
		}
		if valued {
			if !strings.HasPrefix(rest, "= ") {
				return false
			}
		} else if strings.ContainsAny(rest, " \t=") {
			return false
		}
		names[i], rests[i] = name, rest
		width = max(width, utf8.RuneCountInString(name))
	}
	for i := range specs {
		out.WriteByte('\t')
		out.WriteString(names[i])
		for range width - utf8.RuneCountInString(names[i]) + 1 {
			out.WriteByte(' ')
		}
		out.WriteString(rests[i])
		out.WriteByte('\n')
	}
	return true
}
