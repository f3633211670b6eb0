package hoist

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"

	"golang.org/x/tools/go/analysis"
)

// trailing returns the comment that ends the statement's last line.
func (t *fixText) trailing(st ast.Stmt) string {
	rest := strings.TrimRight(t.lineText(t.off(st.End())), " \t")
	if strings.HasPrefix(strings.TrimSpace(rest), "//") {
		return " " + strings.TrimSpace(rest)
	}
	return ""
}

func (t *fixText) off(pos token.Pos) int { return t.tf.Offset(pos) }

func (t *fixText) lineStart(pos token.Pos) token.Pos {
	return t.tf.Pos(lineStartOff(t.src, t.off(pos)))
}

// lineAfter returns the position after the newline ending pos's line.
func (t *fixText) lineAfter(pos token.Pos) token.Pos {
	return t.tf.Pos(lineEndOff(t.src, t.off(pos)))
}

// lineText returns the text of the line starting at off, without its
// newline.
func (t *fixText) lineText(off int) string {
	return strings.TrimSuffix(string(t.src[off:lineEndOff(t.src, off)]), "\n")
}

// stmtRange returns the whole lines a statement occupies, with the comment
// lines right above it: the text that moves, and that the handler loses.
// It fails when other code shares those lines.
func (t *fixText) stmtRange(st ast.Stmt) (from, to token.Pos, err error) {
	from = t.lineStart(st.Pos())
	if strings.TrimSpace(string(t.src[t.off(from):t.off(st.Pos())])) != "" {
		return 0, 0, fmt.Errorf("other code shares the line of the statement")
	}
	to = t.lineAfter(st.End())
	rest := strings.TrimSpace(string(t.src[t.off(st.End()):t.off(to)]))
	if rest != "" && !strings.HasPrefix(rest, "//") {
		return 0, 0, fmt.Errorf("other code shares the line of the statement")
	}
	// Comment lines directly above belong to the statement.
	for {
		line := t.tf.Line(from)
		if line <= 1 {
			break
		}
		prev := t.tf.LineStart(line - 1)
		text := strings.TrimSpace(t.lineText(t.off(prev)))
		if !strings.HasPrefix(text, "//") || prev <= t.m.Body.Lbrace {
			break
		}
		from = prev
	}
	return from, to, nil
}

// handlerEdits removes the moved statements from the function, names the
// moved expressions, renames the locals that become package variables the function still uses, and
// (landing in main) inserts the moved code before the Start call.
func (t *fixText) handlerEdits() ([]analysis.TextEdit, error) {
	m := t.m
	type span struct{ from, to int }
	var spans []span
	for i, st := range m.Body.List {
		if !m.Moved[i] {
			continue
		}
		from, to, err := t.stmtRange(st)
		if err != nil {
			return nil, err
		}
		if n := len(spans); n > 0 && spans[n-1].to == t.off(from) {
			spans[n-1].to = t.off(to)
			continue
		}
		spans = append(spans, span{t.off(from), t.off(to)})
	}
	blank := func(s string) bool { return strings.TrimSpace(s) == "" }
	for i, sp := range spans {
		prevStart := lineStartOff(t.src, max(sp.from-1, 0))
		prev := t.lineText(prevStart)
		next := t.lineText(sp.to)
		switch {
		case (blank(prev) || strings.HasSuffix(strings.TrimSpace(prev), "{")) && blank(next) && sp.to < len(t.src):
			spans[i].to += len(next) + 1
		case blank(prev) && strings.TrimSpace(next) == "}":
			spans[i].from = prevStart
		}
	}
	var edits []analysis.TextEdit
	// Checked errors the function still uses are declared where they
	// were, nil as they were after the check.
	var declErr string
	if len(m.KeepErr) > 0 {
		var names []string
		for _, v := range m.KeepErr {
			names = append(names, v.Name())
		}
		slices.Sort(names)
		indent, err := t.indentOf(m.Body.List[0])
		if err != nil {
			return nil, err
		}
		declErr = indent + "var " + strings.Join(names, ", ") + " error\n"
	}
	var lazyCall string // for Lazy with error checks: replaces the first moved statement
	if m.Landing == Lazy && t.onceMu != "" {
		for i := range m.Body.List {
			if v, ok := m.Checks[i]; ok {
				body := m.Body.List[i].(*ast.IfStmt).Body
				lazyCall = fmt.Sprintf("if %s := %s(); %s != nil %s\n", v.Name(), t.once, v.Name(),
					t.src[t.off(body.Lbrace):t.off(body.Rbrace)+1])
				break
			}
		}
	}
	if m.Landing == Lazy && lazyCall == "" {
		// The once function runs first, before anything reads what it sets.
		indent, err := t.indentOf(m.Body.List[0])
		if err != nil {
			return nil, err
		}
		declErr = indent + t.once + "()\n"
	}
	errAt := t.off(t.lineAfter(m.Body.Lbrace))
	for i, sp := range spans {
		text := ""
		if declErr != "" && sp.from == errAt {
			text, declErr = declErr, ""
		}
		if i == 0 && lazyCall != "" {
			// Where the moved code was, so that what ran before it still
			// does, in the same order, when it fails.
			// (Its comments move with it.)
			indent, err := t.indentOf(m.Body.List[m.firstMoved()])
			if err != nil {
				return nil, err
			}
			text = indent + lazyCall
		}
		edits = append(edits, analysis.TextEdit{Pos: t.tf.Pos(sp.from), End: t.tf.Pos(sp.to), NewText: []byte(text)})
	}
	if declErr != "" {
		edits = append(edits, analysis.TextEdit{Pos: t.tf.Pos(errAt), End: t.tf.Pos(errAt), NewText: []byte(declErr)})
	}
	for _, in := range m.Exprs {
		edits = append(edits, analysis.TextEdit{Pos: in.Expr.Pos(), End: in.Expr.End(), NewText: []byte(in.Name)})
	}
	inlined := make([]ast.Node, len(m.Exprs))
	for i, in := range m.Exprs {
		inlined[i] = in.Expr
	}
	skip := code.SpansOf(inlined)
	for i, st := range m.Body.List {
		if m.Moved[i] {
			continue
		}
		for id := range m.Idents.In(st).Outside(skip) {
			if v, ok := id.Use.(*types.Var); ok && t.names[v] != "" && t.names[v] != id.Name {
				edits = append(edits, analysis.TextEdit{Pos: id.Pos(), End: id.End(), NewText: []byte(t.names[v])})
			}
		}
	}
	if m.Landing == Main {
		start := m.Start
		at := t.lineStart(start.Pos())
		indent, err := t.indentOf(start)
		if err != nil {
			return nil, fmt.Errorf("the Start call shares its line with other code of main")
		}
		stmts, err := t.mainStmts(indent)
		if err != nil {
			return nil, err
		}
		if err := t.mainScopeOK(start.Pos()); err != nil {
			return nil, err
		}
		edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: stmts})
	}
	return edits, nil
}

// indentOf returns the indentation of the line st starts, which must hold
// nothing before it.
func (t *fixText) indentOf(st ast.Stmt) (string, error) {
	indent := string(t.src[t.off(t.lineStart(st.Pos())):t.off(st.Pos())])
	if strings.TrimSpace(indent) != "" {
		return "", fmt.Errorf("a statement of the function shares a line")
	}
	return indent, nil
}

// mainScopeOK checks that the moved code means the same in main, right
// before the Start call: every name it declares is new there, and every
// package-level name it uses is not shadowed.
func (t *fixText) mainScopeOK(at token.Pos) error {
	m := t.m
	info := t.pass.TypesInfo
	scope := t.pass.Pkg.Scope().Innermost(at)
	if scope == nil {
		return fmt.Errorf("no scope at the Start call")
	}
	var err error
	for i, st := range m.Body.List {
		if !m.Moved[i] {
			continue
		}
		for _, id := range code.DefinedIdents(st) {
			if v, ok := info.Defs[id].(*types.Var); ok && !m.PkgVars[v] {
				if _, obj := scope.LookupParent(id.Name, at); obj != nil && obj.Parent() != t.pass.Pkg.Scope() && obj.Parent() != types.Universe {
					err = fmt.Errorf("main already declares %s", id.Name)
				}
			}
		}
		ast.Inspect(st, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			obj := info.Uses[id]
			if obj == nil || obj.Parent() == nil {
				return true
			}
			if obj.Parent() == t.pass.Pkg.Scope() || obj.Parent() == types.Universe || obj.Parent().Parent() == t.pass.Pkg.Scope() {
				if _, found := scope.LookupParent(id.Name, at); found != obj {
					err = fmt.Errorf("%s means something else in main", id.Name)
				}
			}
			return true
		})
	}
	return err
}

// blankBetween reports whether a blank line separates the statements
// starting at a and b in the source.
func (t *fixText) blankBetween(a, b token.Pos) bool {
	for line := t.tf.Line(a) + 1; line < t.tf.Line(b); line++ {
		if strings.TrimSpace(t.lineText(t.off(t.tf.LineStart(line)))) == "" {
			return true
		}
	}
	return false
}
