package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/scanner"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// namer hands out package-level names that collide with nothing: the
// package scope, every file's import names, the universe, and the names
// earlier fixes of this pass took.
type namer struct {
	taken    map[string]bool
	pkgNames map[string]bool // the package scope's names, looked up once
	// shared maps a package-level initializer (its type and text) to the
	// variable an earlier fix of this pass declared for it, so that
	// handlers that build the same thing share one.
	shared map[string]sharedVar
	// sharedInit maps the canonical text of an init a fix of this pass
	// adds to the names it declares, for a later handler whose moved code
	// is the same.
	sharedInit map[string]sharedInit
}

// declEdits are the edits by which a fix declares its package-level
// names: the inserted declarations and the imports they need. A later fix
// that shares those names carries the same edits, byte for byte, so that
// it stands alone and drivers that apply both merge them into one.
type declEdits struct {
	edits []analysis.TextEdit
	file  *ast.File       // where the declarations go
	paths map[string]bool // the import paths they use
	added map[string]bool // the imports the edits add to file
}

// sharedVar is a package-level variable a later identical initializer
// reuses.
type sharedVar struct {
	name string
	decl *declEdits // filled in when the declaring fix is built
}

// sharedInit is what a later identical move reuses.
type sharedInit struct {
	names  []string // hoisted locals, then inline findings, in order
	author string   // the function whose fix adds the init
	decl   *declEdits
}

func newNamer(pass *analysis.Pass) *namer {
	n := &namer{taken: map[string]bool{}, pkgNames: map[string]bool{}, shared: map[string]sharedVar{}, sharedInit: map[string]sharedInit{}}
	for _, name := range pass.Pkg.Scope().Names() {
		n.taken[name] = true
		n.pkgNames[name] = true
	}
	for _, name := range types.Universe.Names() {
		n.taken[name] = true
	}
	for _, f := range pass.Files {
		for _, spec := range f.Imports {
			if obj := pass.TypesInfo.PkgNameOf(spec); obj != nil {
				n.taken[obj.Name()] = true
			}
		}
	}
	return n
}

// fresh returns want, or the first of want2, want3, … that is free in the
// package (n.taken holds its scope and every file's imports) and not used
// in avoid.
func (n *namer) fresh(want string, avoid map[string]bool) string {
	name := want
	for i := 2; n.taken[name] || avoid[name] || token.IsKeyword(name); i++ {
		name = want + strconv.Itoa(i)
	}
	return name
}

// fixText is a plan turned into text.
type fixText struct {
	p     *plan
	pass  *analysis.Pass
	src   []byte
	tf    *token.File
	fi    *fileImports
	fs    *fileState
	n     *namer
	names map[*types.Var]string // hoisted locals → package-level name
	ctx   string                // context.Background() with the file's name for context
	log   string                // the file's name for log
	sync  string                // the file's name for sync, for landLazy
	once  string                // for landLazy: the sync.OnceFunc variable, or the function that checks errors
	// for landLazy with error checks: the mutex and the flag of once
	onceMu, onceDone string
	bad              bool // a package could not be named in this file
	dry              bool // render for comparison only: add no imports
	// vanished are the returns of moved error checks, replaced by
	// log.Fatalf: imports only they used must go.
	vanished []ast.Node
	// decl is this fix's own declarations, for later fixes that share
	// them; borrowed are those of earlier fixes this one shares.
	decl     *declEdits
	borrowed []*declEdits
	lends    []piece // pieces later identical ones may share
}

// disjoint reports whether a and b have no key in common.
func disjoint(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

// buildEdits turns the plan into the edits of one fix, and its title.
func (p *plan) buildEdits(n *namer, fs *fileState, fi *fileImports) ([]analysis.TextEdit, string, error) {
	_, edits, title, err := p.build(n, fs, fi)
	return edits, title, err
}

func (p *plan) build(n *namer, fs *fileState, fi *fileImports) (*fixText, []analysis.TextEdit, string, error) {
	pass := p.ix.pass
	src := fs.src
	t := &fixText{p: p, pass: pass, src: src, tf: pass.Fset.File(p.body.Pos()), fi: fi, fs: fs, n: n, names: map[*types.Var]string{}, decl: &declEdits{}}
	avoid := identNames(p.fn.body())
	for name := range fi.taken { // the file's import names
		avoid[name] = true
	}

	// Names: a hoisted local keeps its name when it can; an inline finding
	// is named for what it is.
	hoisted := slices.SortedFunc(func(yield func(*types.Var) bool) {
		for v := range p.hoisted {
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
	if p.land == landInit {
		key = t.initKey(hoisted)
		if prev, ok := n.sharedInit[key]; ok {
			for i, v := range hoisted {
				t.names[v] = prev.names[i]
			}
			for i, in := range p.inline {
				in.name = prev.names[len(hoisted)+i]
			}
			edits, err := t.handlerEdits()
			if err != nil {
				return nil, nil, "", err
			}
			// The moved code is written again only as the earlier fix
			// wrote it, in its file.
			t.decl.file, t.decl.paths = fi.file, map[string]bool{}
			t.borrowed = append(t.borrowed, prev.decl)
			edits = append(edits, t.unusedImports()...)
			edits = formatEdits(fi.file, t.tf, src, edits)
			edits = append(edits, prev.decl.edits...)
			title := strings.Replace(p.title(), " into init", " into init, the same init as the fix of "+prev.author+" adds", 1)
			return t, edits, title, nil
		}
	}
	for _, v := range hoisted {
		name := v.Name()
		if n.taken[name] {
			name = n.fresh(nameFor(v.Type()), avoid)
		}
		n.taken[name] = true
		t.names[v] = name
	}
	for _, in := range p.inline {
		in.name = n.fresh(nameFor(pass.TypesInfo.TypeOf(in.expr)), avoid)
		n.taken[in.name] = true
	}
	if len(p.ctx) > 0 {
		name, ok := fi.name("context", "context")
		if !ok {
			return nil, nil, "", fmt.Errorf("the name context is taken in this file")
		}
		t.ctx = name + ".Background()"
	}
	if p.land == landLazy {
		name, ok := fi.name("sync", "sync")
		if !ok {
			return nil, nil, "", fmt.Errorf("the name sync is taken in this file")
		}
		t.sync = name
		base := "Handler" // a function literal
		if p.fn.decl != nil {
			base = exportedName(p.fn.name())
		}
		t.once = n.fresh("init"+base, avoid)
		n.taken[t.once] = true
		if len(p.checks) > 0 {
			t.onceMu = n.fresh(t.once+"Mu", avoid)
			n.taken[t.onceMu] = true
			t.onceDone = n.fresh(t.once+"Done", avoid)
			n.taken[t.onceDone] = true
		}
	}
	if len(p.checks) > 0 && p.land != landLazy {
		name, ok := fi.name("log", "log")
		if !ok {
			return nil, nil, "", fmt.Errorf("the name log is taken in this file")
		}
		t.log = name
	}

	decls, err := t.decls()
	if err != nil {
		return nil, nil, "", err
	}
	edits, err := t.handlerEdits()
	if err != nil {
		return nil, nil, "", err
	}
	if t.bad {
		return nil, nil, "", fmt.Errorf("a type cannot be named in this file")
	}
	t.decl.file, t.decl.paths = fi.file, t.writtenPaths()
	edits = append(edits, t.unusedImports()...)
	edits = formatEdits(fi.file, t.tf, src, edits)
	if len(decls) > 0 {
		at := t.lineStart(p.insertPos())
		t.decl.edits = append(t.decl.edits, analysis.TextEdit{Pos: at, End: at, NewText: append(decls, '\n')})
	}
	// The declarations of earlier fixes this one carries come first, so
	// that its own imports follow theirs at a point where both add some.
	skip := map[string]bool{}
	for _, d := range t.borrowed {
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
		for _, in := range p.inline {
			names = append(names, in.name)
		}
		n.sharedInit[key] = sharedInit{names: names, author: p.fn.name(), decl: t.decl}
	}
	return t, edits, p.title(), nil
}

// exportedName turns a function's name in messages ("handle",
// "Handler.Serve") into a name part: "Handle", "Serve".
func exportedName(name string) string {
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	var b strings.Builder
	for i, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			continue
		}
		if i == 0 {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// identNames returns every identifier spelled in n.
func identNames(n ast.Node) map[string]bool {
	names := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			names[id.Name] = true
		}
		return true
	})
	return names
}

// nameFor names a package variable of type t: dynamodbClient, scanInput,
// cfg, sess.
func nameFor(t types.Type) string {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return "shared"
	}
	obj := named.Obj()
	switch {
	case obj.Name() == "Config":
		return "awsConfig"
	case obj.Name() == "Session":
		return "sess"
	case obj.Name() == "Credentials":
		return "creds"
	case obj.Name() == "Regexp":
		return "pattern"
	case obj.Name() == "Template":
		return "tmpl"
	case obj.Pkg().Path() == "net/http" && obj.Name() == "Client":
		return "httpClient"
	case obj.Name() == "PresignClient":
		return obj.Pkg().Name() + "Presign"
	case isServicePackage(obj.Pkg().Path()) && (obj.Name() == "Client" || strings.EqualFold(obj.Name(), obj.Pkg().Name())):
		return obj.Pkg().Name() + "Client"
	}
	return lowerFirst(obj.Name())
}

func lowerFirst(s string) string {
	r := []rune(s)
	i := 0
	for i < len(r) && unicode.IsUpper(r[i]) && (i == 0 || i+1 >= len(r) || unicode.IsUpper(r[i+1])) {
		r[i] = unicode.ToLower(r[i])
		i++
	}
	return string(r)
}

// title is the fix's title: what moves, from where, to where.
func (p *plan) title() string {
	var what []string
	for _, f := range p.findings {
		name := f.cand.name(p.ix.pass.TypesInfo)
		if !slices.Contains(what, name) {
			what = append(what, name)
		}
	}
	list := what[0]
	if len(what) > 1 {
		list = strings.Join(what[:len(what)-1], ", ") + " and " + what[len(what)-1]
	}
	switch p.land {
	case landMain:
		return fmt.Sprintf("Move %s out of %s into main before %s.%s", list, p.fn.name(), p.h.registration.fn.Pkg().Name(), p.h.registration.fn.Name())
	case landVar:
		return fmt.Sprintf("Move %s out of %s into a package-level variable", list, p.fn.name())
	case landLazy:
		if len(p.checks) > 0 {
			return fmt.Sprintf("Move %s out of %s into a function it calls until that succeeds", list, p.fn.name())
		}
		return fmt.Sprintf("Move %s out of %s into a sync.OnceFunc it calls first", list, p.fn.name())
	}
	return fmt.Sprintf("Move %s out of %s into init", list, p.fn.name())
}

// piece is one statement of the moved code, in source order.
type piece struct {
	pos token.Pos
	// for landVar: what the variable holds, and whose name it is
	key  string
	v    *types.Var
	in   *inlineExpr
	lead string // for landVar: comments above the statement
	text string // for landVar: the initializer; else a statement
	decl string // for hoisted values: "name Type"
	name string // for landVar: the variable
}

// pieces renders the moved statements and inline findings.
func (t *fixText) pieces() ([]piece, error) {
	p := t.p
	info := t.pass.TypesInfo
	var out []piece
	declared := map[string]bool{} // locals the moved code has declared so far
	for i, st := range p.body.List {
		if !p.moved[i] {
			continue
		}
		if v, ok := p.checks[i]; ok {
			if p.land == landLazy {
				// The handler's own check gets the error back.
				is := st.(*ast.IfStmt)
				out = append(out, piece{pos: st.Pos(), text: "if " + t.subst(is.Cond) + " {\nreturn " + v.Name() + "\n}"})
				continue
			}
			text, err := t.errCheck(st.(*ast.IfStmt), v, p.body.List[i-1])
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
		for _, id := range definedIdents(st) {
			v, fresh := info.Defs[id].(*types.Var)
			if !fresh {
				v, _ = info.Uses[id].(*types.Var) // a reused error
			}
			if v == nil {
				continue
			}
			if p.hoisted[v] {
				if p.land != landVar {
					decls = append(decls, t.names[v]+" "+t.typeString(v.Type()))
				}
			} else {
				allHoisted = false
				if !declared[v.Name()] {
					locals = append(locals, v)
				}
			}
		}
		if p.land == landVar {
			as, ok := st.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 || !allHoisted {
				return nil, fmt.Errorf("not a single definition")
			}
			v := info.Defs[as.Lhs[0].(*ast.Ident)].(*types.Var)
			out = append(out, piece{pos: st.Pos(), name: t.names[v], decl: t.typeString(v.Type()), text: t.subst(as.Rhs[0]) + t.trailing(st), lead: lead,
				key: sharedKey(v.Type(), t.subst(as.Rhs[0])), v: v})
			continue
		}
		text := t.subst(st) + t.trailing(st)
		if len(decls) > 0 || len(locals) == 0 {
			// Assign the package variables, and the locals the moved
			// code has declared already; declare the new locals first.
			text = t.assignForm(st) + t.trailing(st)
			for _, v := range locals {
				lead += "var " + v.Name() + " " + t.typeString(v.Type()) + "\n"
			}
		}
		for _, v := range locals {
			declared[v.Name()] = true
		}
		out = append(out, piece{pos: st.Pos(), text: lead + text, decl: strings.Join(decls, "\n")})
	}
	for _, in := range p.inline {
		typ := t.typeString(info.TypeOf(in.expr))
		if p.land == landVar {
			out = append(out, piece{pos: in.expr.Pos(), name: in.name, decl: typ, text: t.subst(in.expr),
				key: sharedKey(info.TypeOf(in.expr), t.subst(in.expr)), in: in})
			continue
		}
		out = append(out, piece{pos: in.expr.Pos(), text: in.name + " = " + t.subst(in.expr), decl: in.name + " " + typ})
	}
	slices.SortFunc(out, func(a, b piece) int { return int(a.pos - b.pos) })
	// Keep the blank lines that separated the moved statements.
	for i := 1; i < len(out); i++ {
		if t.p.land != landVar && t.blankBetween(out[i-1].pos, out[i].pos) {
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
	if t.p.land == landVar {
		pieces = t.share(pieces)
		if len(pieces) == 0 {
			return nil, nil
		}
		if len(pieces) == 1 {
			fmt.Fprintf(&b, "%svar %s = %s\n", pieces[0].lead, pieces[0].name, pieces[0].text)
			return formatDecls(b.Bytes())
		}
		b.WriteString("var (\n")
		for _, pc := range pieces {
			fmt.Fprintf(&b, "%s%s = %s\n", pc.lead, pc.name, pc.text)
		}
		b.WriteString(")\n")
		return formatDecls(b.Bytes())
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
	if t.p.land == landLazy && t.onceMu != "" {
		fmt.Fprintf(&b, "\nvar (\n%s %s.Mutex\n%s bool\n)\n", t.onceMu, t.sync, t.onceDone)
		fmt.Fprintf(&b, "\n// %s runs what %s did on every invocation, until it succeeds once.\nfunc %s() error {\n", t.once, t.lazyWhat(), t.once)
		fmt.Fprintf(&b, "%s.Lock()\ndefer %s.Unlock()\nif %s {\nreturn nil\n}\n", t.onceMu, t.onceMu, t.onceDone)
		for _, pc := range pieces {
			b.WriteString(pc.text + "\n")
		}
		fmt.Fprintf(&b, "%s = true\nreturn nil\n}\n", t.onceDone)
		return formatDecls(b.Bytes())
	}
	switch t.p.land {
	case landMain:
		return formatDecls(b.Bytes())
	case landLazy:
		fmt.Fprintf(&b, "\n// %s runs, once, what %s did on every invocation.\nvar %s = %s.OnceFunc(func() {\n", t.once, t.lazyWhat(), t.once, t.sync)
	default:
		b.WriteString("\nfunc init() {\n")
	}
	for _, pc := range pieces {
		b.WriteString(pc.text + "\n")
	}
	if t.p.land == landLazy {
		b.WriteString("})\n")
	} else {
		b.WriteString("}\n")
	}
	return formatDecls(b.Bytes())
}

// lazyWhat names the function whose code a lazy landing runs.
func (t *fixText) lazyWhat() string {
	if t.p.fn.decl != nil {
		return t.p.fn.name()
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

func formatDecls(src []byte) ([]byte, error) {
	out, err := format.Source(append([]byte("package p\n\n"), src...))
	if err != nil {
		return nil, fmt.Errorf("formatting the moved code: %w", err)
	}
	return bytes.TrimPrefix(out, []byte("package p\n\n")), nil
}

func (t *fixText) typeString(typ types.Type) string {
	if t.dry {
		return types.TypeString(typ, byName)
	}
	return types.TypeString(typ, t.fi.qualifier(t.pass.Pkg, &t.bad))
}

// subst returns the source of n with the plan's substitutions: handler
// contexts become context.Background(), hoisted locals take their
// package-level names.
func (t *fixText) subst(n ast.Node) string { return t.substIn(n, n.Pos(), n.End()) }

// substIn is subst over the part [pos, end) of n.
func (t *fixText) substIn(n ast.Node, pos, end token.Pos) string {
	info := t.pass.TypesInfo
	var b strings.Builder
	last := pos
	ast.Inspect(n, func(x ast.Node) bool {
		if x == nil || x.End() <= pos || x.Pos() >= end {
			return false
		}
		if e, ok := x.(ast.Expr); ok && slices.Contains(t.p.ctx, e) && e.Pos() >= pos && e.End() <= end {
			b.Write(t.src[t.off(last):t.off(e.Pos())])
			b.WriteString(t.ctx)
			last = e.End()
			return false
		}
		id, ok := x.(*ast.Ident)
		if !ok || id.Pos() < pos || id.End() > end {
			return true
		}
		text := ""
		{
			v, _ := info.Uses[id].(*types.Var)
			if v == nil {
				v, _ = info.Defs[id].(*types.Var)
			}
			if name, ok := t.names[v]; ok && v != nil && name != id.Name {
				text = name
			}
		}
		if text != "" {
			b.Write(t.src[t.off(last):t.off(id.Pos())])
			b.WriteString(text)
			last = id.End()
		}
		return true
	})
	b.Write(t.src[t.off(last):t.off(end)])
	return b.String()
}

// assignForm renders `x, err := f()` as `x, err = f()` for hoisted x.
func (t *fixText) assignForm(st ast.Stmt) string {
	switch st := st.(type) {
	case *ast.AssignStmt:
		return t.substIn(st, st.Pos(), st.TokPos) + "=" + t.substIn(st, st.TokPos+2, st.End())
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
func (t *fixText) errCheck(is *ast.IfStmt, v *types.Var, checked ast.Stmt) (string, error) {
	info := t.pass.TypesInfo
	body := is.Body.List
	if len(body) == 1 && exits(info, body[0]) {
		return t.subst(is), nil
	}
	ret, _ := body[len(body)-1].(*ast.ReturnStmt)
	var kept ast.Expr // the returned error, when it must stay
	for _, st := range body {
		ast.Inspect(st, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if pn, ok := info.Uses[id].(*types.PkgName); ok && t.p.keep[pn] && kept == nil {
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
		msg = checkedCallName(info, checked)
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
				if t.p.keep[obj] && !inKept {
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

// checkedCallName names the call whose error a check tests.
func checkedCallName(info *types.Info, st ast.Stmt) string {
	for _, x := range rhsOf(st) {
		if call, ok := x.(*ast.CallExpr); ok {
			if fn, ok := typeutil.Callee(info, call).(*types.Func); ok && fn.Pkg() != nil {
				c := classify(fn)
				if c == nil {
					c = classifyResource(fn)
				}
				if c != nil && c.failure != "" {
					return c.failure
				}
				return qualified(fn)
			}
		}
	}
	return "initialisation failed"
}

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
		if !strings.HasPrefix(text, "//") || prev <= t.p.body.Lbrace {
			break
		}
		from = prev
	}
	return from, to, nil
}

// handlerEdits removes the moved statements from the function, names the
// inline findings, renames the hoisted locals the function still uses, and
// (landing in main) inserts the moved code before the Start call.
func (t *fixText) handlerEdits() ([]analysis.TextEdit, error) {
	p := t.p
	info := t.pass.TypesInfo
	type span struct{ from, to int }
	var spans []span
	for i, st := range p.body.List {
		if !p.moved[i] {
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
	if len(p.keepErr) > 0 {
		var names []string
		for _, v := range p.keepErr {
			names = append(names, v.Name())
		}
		slices.Sort(names)
		indent, err := t.indentOf(p.body.List[0])
		if err != nil {
			return nil, err
		}
		declErr = indent + "var " + strings.Join(names, ", ") + " error\n"
	}
	var lazyCall string // for landLazy with error checks: replaces the first moved statement
	if p.land == landLazy && t.onceMu != "" {
		for i := range p.body.List {
			if v, ok := p.checks[i]; ok {
				body := p.body.List[i].(*ast.IfStmt).Body
				lazyCall = fmt.Sprintf("if %s := %s(); %s != nil %s\n", v.Name(), t.once, v.Name(),
					t.src[t.off(body.Lbrace):t.off(body.Rbrace)+1])
				break
			}
		}
	}
	if p.land == landLazy && lazyCall == "" {
		// The once function runs first, before anything reads what it sets.
		indent, err := t.indentOf(p.body.List[0])
		if err != nil {
			return nil, err
		}
		declErr = indent + t.once + "()\n"
	}
	errAt := t.off(t.lineAfter(p.body.Lbrace))
	for i, sp := range spans {
		text := ""
		if declErr != "" && sp.from == errAt {
			text, declErr = declErr, ""
		}
		if i == 0 && lazyCall != "" {
			// Where the moved code was, so that what ran before it still
			// does, in the same order, when it fails.
			// (Its comments move with it.)
			indent, err := t.indentOf(p.body.List[p.firstMoved()])
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
	for _, in := range p.inline {
		edits = append(edits, analysis.TextEdit{Pos: in.expr.Pos(), End: in.expr.End(), NewText: []byte(in.name)})
	}
	for i, st := range p.body.List {
		if p.moved[i] {
			continue
		}
		ast.Inspect(st, func(n ast.Node) bool {
			for _, in := range p.inline {
				if n == in.expr {
					return false
				}
			}
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && t.names[v] != "" && t.names[v] != id.Name {
					edits = append(edits, analysis.TextEdit{Pos: id.Pos(), End: id.End(), NewText: []byte(t.names[v])})
				}
			}
			return true
		})
	}
	if p.land == landMain {
		start := p.startStmt()
		at := t.lineStart(start.Pos())
		indent := string(t.src[t.off(at):t.off(start.Pos())])
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
	p := t.p
	info := t.pass.TypesInfo
	scope := t.pass.Pkg.Scope().Innermost(at)
	if scope == nil {
		return fmt.Errorf("no scope at the Start call")
	}
	var err error
	for i, st := range p.body.List {
		if !p.moved[i] {
			continue
		}
		for _, id := range definedIdents(st) {
			if v, ok := info.Defs[id].(*types.Var); ok && !p.hoisted[v] {
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

// unusedImports deletes the imports that this fix alone leaves unused:
// every use of the package lies in code the fix takes out of the file (the
// moved statements and inline findings), and nothing the fix writes into
// the file uses it: not the moved code as it lands (the returns of error
// checks replaced by log.Fatalf are gone), not a name the fix qualifies,
// and not the declarations of an earlier fix in this file that it shares.
func (t *fixText) unusedImports() []analysis.TextEdit {
	info := t.pass.TypesInfo
	p := t.p
	var removed []ast.Node
	for i, st := range p.body.List {
		if p.moved[i] {
			removed = append(removed, st)
		}
	}
	for _, in := range p.inline {
		removed = append(removed, in.expr)
	}
	written := maps.Clone(t.decl.paths)
	for _, d := range t.borrowed {
		if d.file == t.fi.file {
			maps.Copy(written, d.paths)
		}
	}
	within := func(pos token.Pos, nodes []ast.Node) bool {
		return slices.ContainsFunc(nodes, func(n ast.Node) bool { return n.Pos() <= pos && pos < n.End() })
	}
	var edits []analysis.TextEdit
	for _, spec := range t.fi.file.Imports {
		pn := info.PkgNameOf(spec)
		if pn == nil || written[pn.Imported().Path()] {
			continue
		}
		uses := t.fs.pkgUses()[pn]
		if len(uses) == 0 || slices.ContainsFunc(uses, func(u token.Pos) bool { return !within(u, removed) }) {
			continue
		}
		edits = append(edits, t.importRemoval(spec))
	}
	return edits
}

// importRemoval deletes an import spec's line or, when it is the only spec
// of its declaration, the declaration, with the blank line after it when
// one stands before it too.
func (t *fixText) importRemoval(spec *ast.ImportSpec) analysis.TextEdit {
	var n ast.Node = spec
	for _, d := range t.fi.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT && len(g.Specs) == 1 && g.Specs[0] == spec {
			n = g
		}
	}
	from, to := t.lineStart(n.Pos()), t.lineAfter(n.End())
	if n != ast.Node(spec) && t.off(from) > 0 {
		before := t.lineText(lineStartOff(t.src, t.off(from)-1))
		if strings.TrimSpace(before) == "" && strings.TrimSpace(t.lineText(t.off(to))) == "" && t.off(to) < len(t.src) {
			to = t.lineAfter(to)
		}
	}
	return analysis.TextEdit{Pos: from, End: to}
}

// writtenPaths returns the import paths that the code the fix writes uses:
// the moved code but for the parts of error checks it replaces, and the
// names the fix qualifies itself (log, context, sync, the types of new
// package variables).
func (t *fixText) writtenPaths() map[string]bool {
	info := t.pass.TypesInfo
	paths := map[string]bool{}
	for p := range t.fi.used {
		paths[p] = true
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(x ast.Node) bool {
			if x != nil && slices.Contains(t.vanished, x) {
				return false
			}
			if id, ok := x.(*ast.Ident); ok {
				if pn, ok := info.Uses[id].(*types.PkgName); ok {
					paths[pn.Imported().Path()] = true
				}
			}
			return true
		})
	}
	for i, st := range t.p.body.List {
		if t.p.moved[i] {
			visit(st)
		}
	}
	for _, in := range t.p.inline {
		visit(in.expr)
	}
	return paths
}

// fileState is what the fixes of one file share, computed once.
type fileState struct {
	pass *analysis.Pass
	file *ast.File
	src  []byte
	uses map[*types.PkgName][]token.Pos
}

func newFileState(pass *analysis.Pass, file *ast.File) (*fileState, error) {
	src, err := pass.ReadFile(pass.Fset.File(file.FileStart).Name())
	if err != nil {
		return nil, err
	}
	return &fileState{pass: pass, file: file, src: src}, nil
}

// pkgUses returns where the file uses each imported package name.
func (fs *fileState) pkgUses() map[*types.PkgName][]token.Pos {
	if fs.uses == nil {
		fs.uses = map[*types.PkgName][]token.Pos{}
		ast.Inspect(fs.file, func(x ast.Node) bool {
			if id, ok := x.(*ast.Ident); ok {
				if pn, ok := fs.pass.TypesInfo.Uses[id].(*types.PkgName); ok {
					fs.uses[pn] = append(fs.uses[pn], id.Pos())
				}
			}
			return true
		})
	}
	return fs.uses
}

// sharedKey identifies what a package-level initializer builds: its type
// and its text, blanks folded.
func sharedKey(t types.Type, text string) string {
	return types.TypeString(t, nil) + "=" + strings.Join(strings.Fields(text), " ")
}

// share drops the pieces an earlier fix of this pass already declared,
// pointing the handler at that variable, and records the others.
func (t *fixText) share(pieces []piece) []piece {
	kept := pieces[:0]
	for _, pc := range pieces {
		sv, seen := t.n.shared[pc.key]
		if seen && !slices.Contains(t.borrowed, sv.decl) && sv.decl.file == t.fi.file {
			// Two borrowed declarations that add the same import at the
			// same point would add it twice: keep this one's own.
			for _, d := range t.borrowed {
				if d.file == sv.decl.file && !disjoint(d.added, sv.decl.added) {
					seen = false
				}
			}
		}
		if !seen {
			t.lends = append(t.lends, pc)
			kept = append(kept, pc)
			continue
		}
		name := sv.name
		if !slices.Contains(t.borrowed, sv.decl) {
			t.borrowed = append(t.borrowed, sv.decl)
		}
		if pc.v != nil {
			t.names[pc.v] = name
		}
		if pc.in != nil {
			pc.in.name = name
		}
	}
	return kept
}

// initKey renders the moved code with placeholders for the names a fix
// chooses, and returns its tokens without comments: two moves with the same
// key build the same values the same way.
func (t *fixText) initKey(hoisted []*types.Var) string {
	t.dry = true
	defer func() { t.dry, t.names, t.vanished, t.ctx, t.log = false, map[*types.Var]string{}, nil, "", "" }()
	var b strings.Builder
	for i, v := range hoisted {
		t.names[v] = fmt.Sprintf("_hoisted%d", i)
		fmt.Fprintf(&b, "%s %s;", t.names[v], t.typeString(v.Type()))
	}
	// Locals of the moved code take placeholders too: the names a handler
	// gives them do not change what is built.
	locals := 0
	for i, st := range t.p.body.List {
		if !t.p.moved[i] {
			continue
		}
		for _, id := range definedIdents(st) {
			if v, ok := t.pass.TypesInfo.Defs[id].(*types.Var); ok && !t.p.hoisted[v] {
				t.names[v] = fmt.Sprintf("_local%d", locals)
				locals++
			}
		}
	}
	for i, in := range t.p.inline {
		in.name = fmt.Sprintf("_inline%d", i)
		fmt.Fprintf(&b, "%s %s;", in.name, t.typeString(t.pass.TypesInfo.TypeOf(in.expr)))
	}
	t.ctx, t.log = "context.Background()", "log"
	pieces, err := t.pieces()
	if err != nil {
		return ""
	}
	for _, pc := range pieces {
		var sc scanner.Scanner
		fs := token.NewFileSet()
		sc.Init(fs.AddFile("", -1, len(pc.text)), []byte(pc.text), nil, 0)
		for {
			_, tok, lit := sc.Scan()
			if tok == token.EOF {
				break
			}
			if lit == "" {
				lit = tok.String()
			}
			b.WriteString(lit + " ")
		}
	}
	return b.String()
}
