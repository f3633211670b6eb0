package hoist

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// fixText is a plan turned into text.
type fixText struct {
	m     *Move
	pass  *analysis.Pass
	src   []byte
	tf    *token.File
	fi    *fileImports
	fs    *fileState
	n     *namer
	names map[*types.Var]string // locals that become package variables → package-level name
	ctx   string                // context.Background() with the file's name for context
	log   string                // the file's name for log
	slog  string                // or, in a file that logs with log/slog, its name for slog
	os    string                // and for os
	sync  string                // the file's name for sync, for Lazy
	once  string                // for Lazy: the sync.OnceFunc variable, or the function that checks errors
	// for Lazy with error checks: the mutex and the flag of once
	onceMu, onceDone string
	dry              bool // render for comparison only: add no imports
	// vanished are the returns of moved error checks, replaced by
	// log.Fatalf: imports only they used must go.
	vanished []ast.Node
	// decl is this fix's own declarations, for later fixes that share
	// them; borrowed are those of earlier fixes this one shares.
	nameFor  func(types.Type) string
	verify   func(src, fast, gofmt []byte) // see Session.VerifyFastFormat
	decl     *declEdits
	borrowed []*declEdits
	lends    []piece    // pieces later identical ones may share
	ctxs     []ast.Expr // m.Ctx in source order (see substIn)
}

// Fix writes the move as the edits of one fix, and its title. Prepare must
// have seen the move.
func (s *Session) Fix(m *Move) ([]analysis.TextEdit, string, error) {
	pass, n, fs := s.pass, s.names, m.file
	fi := newFileImports(fs, n.pkgNames)
	src := fs.src
	t := &fixText{m: m, pass: pass, src: src, tf: pass.Fset.File(m.Body.Pos()), fi: fi, fs: fs, n: n, names: map[*types.Var]string{}, decl: &declEdits{}, nameFor: s.nameFor, verify: s.verify}
	if m.Idents == nil {
		m.Idents = code.NewIdents(pass.TypesInfo, m.Body)
	}
	spelled := m.Idents.Names()
	avoid := func(name string) bool { return spelled(name) || fi.names[name] } // in the body, or the file's import names

	// Names: a local that becomes a package variable keeps its name when it can; a moved expression
	// is named for what it is.
	hoisted := slices.SortedFunc(func(yield func(*types.Var) bool) {
		for v := range m.PkgVars {
			if !yield(v) {
				return
			}
		}
	}, func(a, b *types.Var) int { return int(a.Pos() - b.Pos()) })

	// A handler whose moved code is the same as one an earlier fix of this
	// pass moves into an init shares that init and its variables: its fix
	// declares them with the same edits as that earlier fix, so that
	// either stands alone and both together declare them once.
	var key string
	if m.Landing == Init && n.inits > 1 {
		key = t.initKey(hoisted)
		if prev, ok := n.sharedInit[key]; ok {
			for i, v := range hoisted {
				t.names[v] = prev.names[i]
			}
			for i, in := range m.Exprs {
				in.Name = prev.names[len(hoisted)+i]
			}
			edits, err := t.handlerEdits()
			if err != nil {
				return nil, "", err
			}
			// The moved code is written again only as the earlier fix
			// wrote it, in its file.
			t.decl.file, t.decl.paths = fi.file, map[string]bool{}
			t.borrowed = append(t.borrowed, prev.decl)
			edits = append(edits, t.unusedImports()...)
			edits = formatEdits(fi.file, t.tf, src, edits)
			edits = append(edits, prev.decl.edits...)
			s.shared[prev.decl.file], s.shared[fi.file] = true, true
			title := title(m, prev.author)
			return edits, title, nil
		}
	}
	for _, v := range hoisted {
		// A package-level name says what it holds: the local's name
		// when it is free and says something (cfg, table, svc), else
		// one from its type (sqsClient, not q; scanInput, not in; db
		// for a *sql.DB stays db).
		name := v.Name()
		if n.taken[name] || len([]rune(name)) < 3 && t.nameFor(v.Type()) != name {
			name = t.freshFor(t.nameFor(v.Type()), avoid)
		}
		n.taken[name] = true
		t.names[v] = name
	}
	for _, in := range m.Exprs {
		in.Name = t.freshFor(t.nameFor(pass.TypesInfo.TypeOf(in.Expr)), avoid)
		n.taken[in.Name] = true
	}
	if len(m.Ctx) > 0 {
		name, ok := fi.name("context", "context")
		if !ok {
			return nil, "", fmt.Errorf("the name context is taken in this file")
		}
		t.ctx = name + ".Background()"
	}
	if m.Landing == Lazy {
		name, ok := fi.name("sync", "sync")
		if !ok {
			return nil, "", fmt.Errorf("the name sync is taken in this file")
		}
		t.sync = name
		base := "Handler" // a function literal
		if m.Func != nil {
			base = exportedName(m.Name)
		}
		t.once = n.fresh("init"+base, avoid)
		n.taken[t.once] = true
		if len(m.Checks) > 0 {
			t.onceMu = n.fresh(t.once+"Mu", avoid)
			n.taken[t.onceMu] = true
			t.onceDone = n.fresh(t.once+"Done", avoid)
			n.taken[t.onceDone] = true
		}
	}
	if len(m.Checks) > 0 && m.Landing != Lazy {
		_, hasLog := fi.byPath["log"]
		if slog, ok := fi.byPath["log/slog"]; ok && !hasLog {
			// A file that logs with slog keeps slog: slog.Error, then
			// os.Exit(1), and no log beside it.
			osName, ok := fi.name("os", "os")
			if !ok {
				return nil, "", fmt.Errorf("the name os is taken in this file")
			}
			fi.used["log/slog"] = true
			t.slog, t.os = slog, osName
		} else {
			name, ok := fi.name("log", "log")
			if !ok {
				return nil, "", fmt.Errorf("the name log is taken in this file")
			}
			t.log = name
		}
	}

	decls, err := t.decls()
	if err != nil {
		return nil, "", err
	}
	edits, err := t.handlerEdits()
	if err != nil {
		return nil, "", err
	}
	t.decl.file, t.decl.paths = fi.file, t.writtenPaths()
	edits = append(edits, t.unusedImports()...)
	edits = formatEdits(fi.file, t.tf, src, edits)
	insertAt := m.InsertPos
	if s.apart[fi.file] {
		insertAt = m.OwnPos
	}
	if m.Landing == Init && fs.inits == 1 && !s.apart[fi.file] {
		if into := joinableInit(fs.file, m.InsertPos); into != nil {
			if rest, edit, ok := t.joinInit(decls, into); ok {
				// The variables go right above the init that sets them.
				decls, insertAt = slices.Clip(rest), code.DeclStart(into)
				t.decl.edits = append(t.decl.edits, edit)
			}
		}
	}
	if len(decls) > 0 {
		at := t.lineStart(insertAt)
		decls = append(decls, '\n') // the formatter left room for it (rest above is clipped)
		text := decls
		if off := t.off(at); off > 0 && strings.TrimSpace(t.lineText(lineStartOff(t.src, off-1))) != "" {
			// The declaration before ends on the line above: gofmt puts
			// a blank line between the two.
			text = append([]byte{'\n'}, text...)
		}
		t.decl.edits = append(t.decl.edits, analysis.TextEdit{Pos: at, End: at, NewText: text})
	}
	// The declarations of earlier fixes this one carries come first, so
	// that its own imports follow theirs at a point where both add some.
	skip := map[string]bool{}
	for _, d := range t.borrowed {
		s.shared[d.file], s.shared[fi.file] = true, true
		edits = append(edits, d.edits...)
		if d.file == fi.file {
			maps.Copy(skip, d.added)
		}
	}
	t.decl.edits = append(t.decl.edits, fi.edits(skip)...)
	t.decl.added = map[string]bool{}
	for path := range fi.added {
		if !skip[path] {
			t.decl.added[path] = true
		}
	}
	edits = append(edits, t.decl.edits...)
	// A fix that carries another's declarations lends none of its own:
	// a later fix would need both.
	if len(t.borrowed) == 0 {
		for _, pc := range t.lends {
			n.shared[pc.key] = sharedVar{name: pc.name, decl: t.decl}
		}
	}
	if key != "" {
		var names []string
		for _, v := range hoisted {
			names = append(names, t.names[v])
		}
		for _, in := range m.Exprs {
			names = append(names, in.Name)
		}
		n.sharedInit[key] = sharedInit{names: names, author: m.Name, decl: t.decl}
	}
	return edits, title(m, ""), nil
}

// title is the fix's title: what moves, from where, to where. sharedWith
// names the function whose fix declares the same init, if any.
func title(m *Move, sharedWith string) string {
	what := m.What
	list := what[0]
	if len(what) > 1 {
		list = strings.Join(what[:len(what)-1], ", ") + " and " + what[len(what)-1]
	}
	switch m.Landing {
	case Main:
		return fmt.Sprintf("Move %s out of %s into main before %s", list, m.Name, m.StartName)
	case Var:
		return fmt.Sprintf("Move %s out of %s into a package-level variable", list, m.Name)
	case Lazy:
		if len(m.Checks) > 0 {
			return fmt.Sprintf("Move %s out of %s into a function it calls until that succeeds", list, m.Name)
		}
		return fmt.Sprintf("Move %s out of %s into a sync.OnceFunc it calls first", list, m.Name)
	}
	if sharedWith != "" {
		return fmt.Sprintf("Move %s out of %s into init, the same init as the fix of %s adds", list, m.Name, sharedWith)
	}
	return fmt.Sprintf("Move %s out of %s into init", list, m.Name)
}

// piece is one statement of the moved code, in source order.
type piece struct {
	pos token.Pos
	// for Var: what the variable holds, and whose name it is
	key  string
	v    *types.Var
	in   *MovedExpr
	lead string // for Var: comments above the statement
	text string // for Var: the initializer; else a statement
	decl string // for hoisted values: "name Type"
	name string // for Var: the variable
}

// pieces renders the moved statements and moved expressions.
func (t *fixText) pieces() ([]piece, error) {
	m := t.m
	info := t.pass.TypesInfo
	var out []piece
	declared := map[string]bool{} // locals the moved code has declared so far
	for i, st := range m.Body.List {
		if !m.Moved[i] {
			continue
		}
		if v, ok := m.Checks[i]; ok {
			if m.Landing == Lazy {
				// The handler's own check gets the error back.
				is := st.(*ast.IfStmt)
				out = append(out, piece{pos: st.Pos(), text: "if " + t.subst(is.Cond) + " {\nreturn " + v.Name() + "\n}"})
				continue
			}
			text, err := t.errCheck(st.(*ast.IfStmt), v, m.Failures[i])
			if err != nil {
				return nil, err
			}
			out = append(out, piece{pos: st.Pos(), text: text})
			continue
		}
		from, _, err := t.stmtRange(st)
		if err != nil {
			return nil, err
		}
		// Leading comments, then the statement with its substitutions.
		lead := string(t.src[t.off(from):t.off(st.Pos())])
		var decls []string
		var locals []*types.Var
		allHoisted := true
		for _, id := range code.DefinedIdents(st) {
			v, fresh := info.Defs[id].(*types.Var)
			if !fresh {
				v, _ = info.Uses[id].(*types.Var) // a reused error
			}
			if v == nil {
				continue
			}
			if m.PkgVars[v] {
				if m.Landing != Var {
					typ, err := t.typeString(v.Type())
					if err != nil {
						return nil, err
					}
					decls = append(decls, t.names[v]+" "+typ)
				}
			} else {
				allHoisted = false
				if !declared[v.Name()] {
					locals = append(locals, v)
				}
			}
		}
		if m.Landing == Var {
			as, ok := st.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 || !allHoisted {
				return nil, fmt.Errorf("not a single definition")
			}
			v := info.Defs[as.Lhs[0].(*ast.Ident)].(*types.Var)
			// var x = expr names no type: it needs no import for one.
			rhs := t.subst(as.Rhs[0])
			out = append(out, piece{pos: st.Pos(), name: t.names[v], decl: types.TypeString(v.Type(), byName), text: rhs + t.trailing(st), lead: lead,
				key: sharedKey(v.Type(), rhs), v: v})
			continue
		}
		text := t.subst(st) + t.trailing(st)
		if len(decls) > 0 || len(locals) == 0 {
			// Assign the package variables, and the locals the moved
			// code has declared already; declare the new locals first.
			text = t.assignForm(st) + t.trailing(st)
			for _, v := range locals {
				typ, err := t.typeString(v.Type())
				if err != nil {
					return nil, err
				}
				lead += "var " + v.Name() + " " + typ + "\n"
			}
		}
		for _, v := range locals {
			declared[v.Name()] = true
		}
		out = append(out, piece{pos: st.Pos(), text: lead + text, decl: strings.Join(decls, "\n")})
	}
	for _, in := range m.Exprs {
		if m.Landing == Var {
			text := t.subst(in.Expr)
			out = append(out, piece{pos: in.Expr.Pos(), name: in.Name, decl: types.TypeString(info.TypeOf(in.Expr), byName), text: text,
				key: sharedKey(info.TypeOf(in.Expr), text), in: in})
			continue
		}
		typ, err := t.typeString(info.TypeOf(in.Expr))
		if err != nil {
			return nil, err
		}
		out = append(out, piece{pos: in.Expr.Pos(), text: in.Name + " = " + t.subst(in.Expr), decl: in.Name + " " + typ})
	}
	slices.SortFunc(out, func(a, b piece) int { return int(a.pos - b.pos) })
	// Keep the blank lines that separated the moved statements.
	for i := 1; i < len(out); i++ {
		if t.m.Landing != Var && t.blankBetween(out[i-1].pos, out[i].pos) {
			out[i].text = "\n" + out[i].text
		}
	}
	return out, nil
}

// decls renders the package-level declarations (and init, or nothing more
// when the code lands in main) that the fix inserts.
func (t *fixText) decls() ([]byte, error) {
	pieces, err := t.pieces()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	size := 512 // the declarations and the init or once function around the pieces
	for _, pc := range pieces {
		size += len(pc.text) + len(pc.decl)
	}
	b.Grow(size)
	if t.m.Landing == Var {
		pieces = t.share(pieces)
		if len(pieces) == 0 {
			return nil, nil
		}
		if len(pieces) == 1 {
			fmt.Fprintf(&b, "%svar %s = %s\n", pieces[0].lead, pieces[0].name, pieces[0].text)
			return formatDecls(b.Bytes(), t.m.Func != nil, t.verify)
		}
		b.WriteString("var (\n")
		for _, pc := range pieces {
			fmt.Fprintf(&b, "%s%s = %s\n", pc.lead, pc.name, pc.text)
		}
		b.WriteString(")\n")
		return formatDecls(b.Bytes(), t.m.Func != nil, t.verify)
	}
	var vars []string
	for _, pc := range pieces {
		if pc.decl != "" {
			vars = append(vars, strings.Split(pc.decl, "\n")...)
		}
	}
	if len(vars) == 1 {
		b.WriteString("var " + vars[0] + "\n")
	} else if len(vars) > 1 {
		b.WriteString("var (\n" + strings.Join(vars, "\n") + "\n)\n")
	}
	if t.m.Landing == Lazy && t.onceMu != "" {
		fmt.Fprintf(&b, "\nvar (\n%s %s.Mutex\n%s bool\n)\n", t.onceMu, t.sync, t.onceDone)
		fmt.Fprintf(&b, "\n// %s runs what %s did on every invocation, until it succeeds once.\nfunc %s() error {\n", t.once, t.lazyWhat(), t.once)
		fmt.Fprintf(&b, "%s.Lock()\ndefer %s.Unlock()\nif %s {\nreturn nil\n}\n", t.onceMu, t.onceMu, t.onceDone)
		for _, pc := range pieces {
			b.WriteString(pc.text + "\n")
		}
		fmt.Fprintf(&b, "%s = true\nreturn nil\n}\n", t.onceDone)
		return formatDecls(b.Bytes(), t.m.Func != nil, t.verify)
	}
	switch t.m.Landing {
	case Main:
		return formatDecls(b.Bytes(), t.m.Func != nil, t.verify)
	case Lazy:
		fmt.Fprintf(&b, "\n// %s runs, once, what %s did on every invocation.\nvar %s = %s.OnceFunc(func() {\n", t.once, t.lazyWhat(), t.once, t.sync)
	default:
		b.WriteString("\nfunc init() {\n")
	}
	for _, pc := range pieces {
		b.WriteString(pc.text + "\n")
	}
	if t.m.Landing == Lazy {
		b.WriteString("})\n")
	} else {
		b.WriteString("}\n")
	}
	return formatDecls(b.Bytes(), t.m.Func != nil, t.verify)
}

// freshFor returns a free name for what the fix declares: want
// (sqsClient), else want with the function's role in front of it
// (listPattern beside getPattern, not pattern2), else a numbered want.
func (t *fixText) freshFor(want string, avoid func(string) bool) string {
	n := t.n
	if !n.taken[want] && !avoid(want) && !token.IsKeyword(want) || t.m.Func == nil {
		return n.fresh(want, avoid)
	}
	fn := []rune(t.m.Func.Name.Name)
	role := strings.ToLower(string(fn[0])) + string(fn[1:]) + exportedName(want)
	return n.fresh(role, avoid)
}

// lazyWhat names the function whose code a lazy landing runs.
func (t *fixText) lazyWhat() string {
	if t.m.Func != nil {
		return t.m.Name
	}
	return "the function literal below"
}

// mainStmts renders the statements the fix inserts in main.
func (t *fixText) mainStmts(indent string) ([]byte, error) {
	pieces, err := t.pieces()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.WriteString("package p\nfunc _() {\n")
	for _, pc := range pieces {
		b.WriteString(pc.text + "\n")
	}
	b.WriteString("}\n")
	out, err := format.Source(b.Bytes())
	if err != nil {
		return nil, err
	}
	_, body, _ := strings.Cut(string(out), "func _() {\n")
	body = strings.TrimSuffix(strings.TrimSpace(body), "}")
	var res strings.Builder
	for line := range strings.SplitSeq(strings.TrimRight(body, "\n\t "), "\n") {
		if strings.TrimSpace(line) == "" {
			res.WriteString("\n")
			continue
		}
		res.WriteString(indent + strings.TrimPrefix(line, "\t") + "\n")
	}
	return []byte(res.String()), nil
}

// formatDecls formats the declarations a fix inserts, as gofmt would.
// fromDecl says the moved statements come from the body of a declared
// function, at the depth where they land: fastFormat may keep the source's
// indentation of their lines.
//
// verify, when set (by tests), gets the fast path's result with go/format's
// and the input, to compare them.
func formatDecls(src []byte, fromDecl bool, verify func(src, fast, gofmt []byte)) ([]byte, error) {
	var fast []byte
	ok := false
	if fromDecl {
		fast, ok = fastFormat(src)
	}
	if ok && verify == nil {
		return fast, nil
	}
	out, err := format.Source(append([]byte("package p\n\n"), src...))
	if err != nil {
		return nil, fmt.Errorf("formatting the moved code: %w", err)
	}
	out = bytes.TrimPrefix(out, []byte("package p\n\n"))
	if ok {
		verify(src, fast, out)
	}
	return out, nil
}

func (t *fixText) typeString(typ types.Type) (string, error) {
	if t.dry {
		return types.TypeString(typ, byName), nil
	}
	var err error
	text := types.TypeString(typ, func(p *types.Package) string {
		if p == t.pass.Pkg {
			return ""
		}
		name, ok := t.fi.name(p.Path(), p.Name())
		if !ok && err == nil {
			err = fmt.Errorf("%s cannot be named in this file: the name %s is taken", p.Path(), p.Name())
		}
		return name
	})
	return text, err
}

// subst returns the source of n with the plan's substitutions: handler
// contexts become context.Background(), locals that become package variables take their
// package-level names.
func (t *fixText) subst(n ast.Node) string { return t.substIn(n.Pos(), n.End()) }

// substIn is subst over [pos, end), a part of the function's body: the
// source with locals that become package variables renamed and per-invocation contexts replaced.
func (t *fixText) substIn(pos, end token.Pos) string {
	if t.ctxs == nil {
		// Sorted, to be met in order: a function with a thousand
		// findings substitutes a thousand contexts, each in every
		// statement. Of two that start together, the outer comes first.
		t.ctxs = slices.SortedFunc(slices.Values(t.m.Ctx), func(a, b ast.Expr) int {
			return cmp.Or(cmp.Compare(a.Pos(), b.Pos()), cmp.Compare(b.End(), a.End()))
		})
	}
	// The contexts inside [pos, end), but for those inside another.
	var ctxs []ast.Expr
	i := sort.Search(len(t.ctxs), func(i int) bool { return t.ctxs[i].Pos() >= pos })
	for _, e := range t.ctxs[i:] {
		if e.Pos() >= end {
			break
		}
		if e.End() <= end && (len(ctxs) == 0 || ctxs[len(ctxs)-1].End() <= e.Pos()) {
			ctxs = append(ctxs, e)
		}
	}
	var b strings.Builder
	last := pos
	put := func(from, to token.Pos, text string) {
		b.Write(t.src[t.off(last):t.off(from)])
		b.WriteString(text)
		last = to
	}
	k := 0
	for _, id := range t.m.Idents.Within(pos, end) {
		for k < len(ctxs) && ctxs[k].End() <= id.Pos() {
			put(ctxs[k].Pos(), ctxs[k].End(), t.ctx)
			k++
		}
		if k < len(ctxs) && ctxs[k].Pos() <= id.Pos() {
			continue // replaced with the context
		}
		v, _ := id.Use.(*types.Var)
		if v == nil {
			v, _ = id.Def.(*types.Var)
		}
		if name, ok := t.names[v]; ok && v != nil && name != id.Name {
			put(id.Pos(), id.End(), name)
		}
	}
	for ; k < len(ctxs); k++ {
		put(ctxs[k].Pos(), ctxs[k].End(), t.ctx)
	}
	b.Write(t.src[t.off(last):t.off(end)])
	return b.String()
}

// assignForm renders `x, err := f()` as `x, err = f()` for hoisted x.
func (t *fixText) assignForm(st ast.Stmt) string {
	switch st := st.(type) {
	case *ast.AssignStmt:
		end := st.TokPos + token.Pos(len(st.Tok.String()))
		return t.substIn(st.Pos(), st.TokPos) + "=" + t.substIn(end, st.End())
	case *ast.DeclStmt:
		vs := st.Decl.(*ast.GenDecl).Specs[0].(*ast.ValueSpec)
		var names []string
		for _, id := range vs.Names {
			names = append(names, t.subst(id))
		}
		return strings.Join(names, ", ") + " = " + t.subst(vs.Values[0])
	}
	return t.subst(st)
}

// errCheck renders a moved error check for code that runs in Init: a
// return becomes log.Fatalf, so a broken configuration fails the Init
// phase; a check that already exits stays as it is. When the check uses a
// package the fix must keep using (plan.keep), the error it returned is
// kept too: log.Fatal(fmt.Errorf(…)).
func (t *fixText) errCheck(is *ast.IfStmt, v *types.Var, failure string) (string, error) {
	info := t.pass.TypesInfo
	body := is.Body.List
	if code.OnlyExits(info, body) {
		return t.subst(is), nil
	}
	ret, _ := body[len(body)-1].(*ast.ReturnStmt)
	var kept ast.Expr // the returned error, when it must stay
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if pn, ok := info.Uses[id].(*types.PkgName); ok && t.m.Keep[pn] && kept == nil {
					if ret != nil && len(ret.Results) > 0 {
						kept = ret.Results[len(ret.Results)-1]
					}
				}
			}
			return true
		})
	}
	if kept != nil {
		if reason := t.keepable(body, kept, v); reason != "" {
			return "", fmt.Errorf("%s", reason)
		}
		for _, s := range body[:len(body)-1] {
			t.vanished = append(t.vanished, s)
		}
		for _, r := range ret.Results[:len(ret.Results)-1] {
			t.vanished = append(t.vanished, r)
		}
		if t.slog != "" {
			return fmt.Sprintf("if %s {\n%s.Error(%s, \"err\", %s)\n%s.Exit(1)\n}", t.subst(is.Cond), t.slog, strconv.Quote(failure), t.subst(kept), t.os), nil
		}
		return fmt.Sprintf("if %s {\n%s.Fatal(%s)\n}", t.subst(is.Cond), t.log, t.subst(kept)), nil
	}
	// What the handler did with the error (respond, log, return it)
	// becomes one log.Fatalf: the Init phase fails instead.
	for _, s := range body {
		t.vanished = append(t.vanished, s)
	}
	msg := ""
	if ret != nil && len(ret.Results) > 0 {
		msg = errorfPrefix(info, ret.Results[len(ret.Results)-1], v)
	}
	if msg == "" {
		msg = failure
	}
	if t.slog != "" {
		return fmt.Sprintf("if %s {\n%s.Error(%s, \"err\", %s)\n%s.Exit(1)\n}", t.subst(is.Cond), t.slog, strconv.Quote(msg), v.Name(), t.os), nil
	}
	format := strings.ReplaceAll(msg, "%", "%%") + ": %v"
	return fmt.Sprintf("if %s {\n%s.Fatalf(%s, %s)\n}", t.subst(is.Cond), t.log, strconv.Quote(format), v.Name()), nil
}

// keepable reports why the error a check returns cannot be kept in Init,
// or "": it must be the only part of the check that uses a package the
// fix keeps, and read nothing but the checked error and package-level
// names.
func (t *fixText) keepable(body []ast.Stmt, kept ast.Expr, v *types.Var) string {
	info := t.pass.TypesInfo
	reason := ""
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || reason != "" {
				return reason == ""
			}
			inKept := kept.Pos() <= id.Pos() && id.Pos() < kept.End()
			switch obj := info.Uses[id].(type) {
			case *types.PkgName:
				if t.m.Keep[obj] && !inKept {
					reason = "its error check uses " + obj.Imported().Name() + " outside the error it returns, and the fixes of this file together would leave that import unused"
				}
			case *types.Var:
				if inKept && obj != v && !obj.IsField() && obj.Parent() != t.pass.Pkg.Scope() {
					reason = "the error its check returns reads " + obj.Name() + ", and the fixes of this file together would leave an import unused without it"
				}
			}
			return true
		})
	}
	return reason
}

// errorfPrefix returns "unable to load SDK config" for
// fmt.Errorf("unable to load SDK config: %w", err).
func errorfPrefix(info *types.Info, e ast.Expr, v *types.Var) string {
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 2 {
		return ""
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "fmt" || fn.Name() != "Errorf" {
		return ""
	}
	if id, ok := call.Args[1].(*ast.Ident); !ok || info.Uses[id] != v {
		return ""
	}
	tv := info.Types[call.Args[0]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return ""
	}
	format := constant.StringVal(tv.Value)
	for _, verb := range []string{": %w", ": %v", ": %s"} {
		if prefix, ok := strings.CutSuffix(format, verb); ok && !strings.Contains(prefix, "%") {
			return prefix
		}
	}
	return ""
}

// byName qualifies types by package name, as messages print them.
func byName(p *types.Package) string { return p.Name() }
