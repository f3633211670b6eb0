package hoist

import (
	"go/ast"
	"go/token"
	"go/types"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"

	"golang.org/x/tools/go/analysis"
)

// fileImports answers how a file names packages, and adds the imports a fix
// needs as edits of that same fix.
type fileImports struct {
	file *ast.File
	fset *token.FileSet
	src  []byte
	*importNames
	pkg   map[string]bool   // names declared at package scope (shared, read only)
	added map[string]string // path → name, imports this fix adds
	used  map[string]bool   // paths this fix names
}

// importNames is how a file's own imports name packages, found once per
// file and shared, read only, by the fixes of its moves.
type importNames struct {
	byPath map[string]string // import path → name used in the file ("" for _ and .)
	names  map[string]bool   // the names the file's imports declare
}

func newImportNames(pass *analysis.Pass, f *ast.File) *importNames {
	in := &importNames{byPath: map[string]string{}, names: map[string]bool{}}
	for _, spec := range f.Imports {
		p, _ := strconv.Unquote(spec.Path.Value)
		name := ""
		if obj := pass.TypesInfo.PkgNameOf(spec); obj != nil {
			name = obj.Name()
		}
		if spec.Name != nil && (spec.Name.Name == "_" || spec.Name.Name == ".") {
			name = ""
		}
		if name != "" {
			in.byPath[p] = name
			in.names[name] = true
		}
	}
	return in
}

func newFileImports(fs *fileState, pkgNames map[string]bool) *fileImports {
	if fs.imports == nil {
		fs.imports = newImportNames(fs.pass, fs.file)
	}
	return &fileImports{file: fs.file, fset: fs.pass.Fset, src: fs.src, importNames: fs.imports, pkg: pkgNames, added: map[string]string{}, used: map[string]bool{}}
}

// taken reports whether name is declared at file scope: by an import of
// the file, or by one this fix adds.
func (fi *fileImports) taken(name string) bool {
	if fi.names[name] {
		return true
	}
	for _, n := range fi.added {
		if n == name {
			return true
		}
	}
	return false
}

// name returns the name to refer to the package at path in this file,
// adding an import when the file lacks one. ok is false when no name can
// be had (the natural name is taken by something else).
func (fi *fileImports) name(pkgPath, pkgName string) (string, bool) {
	if n, ok := fi.byPath[pkgPath]; ok {
		fi.used[pkgPath] = true
		return n, true
	}
	if n, ok := fi.added[pkgPath]; ok {
		return n, true
	}
	if fi.taken(pkgName) || fi.pkg[pkgName] {
		return "", false
	}
	fi.used[pkgPath] = true
	fi.added[pkgPath] = pkgName
	return pkgName, true
}

// edits returns the edits that add this fix's imports, placed where gofmt
// would keep them: in the group of standard library imports for a standard
// package, in the last group otherwise, in sorted position.
//
// A fix inserts at most one edit at each point, with all the imports it adds
// there, in an order fixed by the file and the paths: two fixes that add
// the same imports add the same bytes, which every driver applies once
// (golangci-lint drops only identical neighbouring edits), and no fix
// rewrites an import declaration another fix might edit too. Paths in skip
// are added by another fix's edits that this fix carries.
func (fi *fileImports) edits(skip map[string]bool) []analysis.TextEdit {
	var paths []string
	for p := range fi.added {
		if !skip[p] {
			paths = append(paths, p)
		}
	}
	if len(paths) == 0 {
		return nil
	}
	// Standard packages first, as goimports groups them.
	slices.SortFunc(paths, func(a, b string) int {
		if isStd(a) != isStd(b) {
			if isStd(a) {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	spec := func(p string) string {
		if fi.added[p] != path.Base(p) && !strings.HasPrefix(path.Base(p), fi.added[p]) {
			return fi.added[p] + " " + strconv.Quote(p)
		}
		return strconv.Quote(p)
	}
	// Find the first import declaration, if any.
	var decl *ast.GenDecl
	for _, d := range fi.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	if decl == nil || !decl.Lparen.IsValid() {
		var b strings.Builder
		if len(paths) == 1 {
			b.WriteString("import " + spec(paths[0]))
		} else {
			b.WriteString("import (\n")
			for i, p := range paths {
				if i > 0 && isStd(paths[i-1]) != isStd(p) {
					b.WriteString("\n")
				}
				b.WriteString("\t" + spec(p) + "\n")
			}
			b.WriteString(")")
		}
		if decl == nil {
			return []analysis.TextEdit{{Pos: fi.file.Name.End(), End: fi.file.Name.End(), NewText: []byte("\n\n" + b.String())}}
		}
		at := lineEnd(fi, decl.End())
		return []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(b.String() + "\n")}}
	}
	// Group the existing specs by blank-line separated runs.
	var groups [][]*ast.ImportSpec
	lastLine := -1
	for _, s := range decl.Specs {
		is := s.(*ast.ImportSpec)
		line := fi.fset.Position(is.Pos()).Line
		if len(groups) == 0 || line > lastLine+1 {
			groups = append(groups, nil)
		}
		groups[len(groups)-1] = append(groups[len(groups)-1], is)
		lastLine = fi.fset.Position(is.End()).Line
	}
	var order []token.Pos
	texts := map[token.Pos]string{}
	newGroup := token.NoPos // where a new group of standard imports starts
	std := ""               // and what it holds
	for _, p := range paths {
		g := groups[len(groups)-1]
		at := token.NoPos
		if isStd(p) {
			g = groups[0]
			if !isStd(importPath(g[0])) {
				// No standard group: start one before the first group.
				at = lineStart(fi, g[0].Pos())
				newGroup = at
			}
		}
		for _, is := range g {
			if at == token.NoPos && importPath(is) > p {
				at = lineStart(fi, is.Pos())
			}
		}
		if at == token.NoPos {
			at = lineEnd(fi, g[len(g)-1].End())
		}
		if _, ok := texts[at]; !ok {
			order = append(order, at)
		}
		if at == newGroup && isStd(p) {
			std += "\t" + spec(p) + "\n"
		} else {
			texts[at] += "\t" + spec(p) + "\n"
		}
	}
	var edits []analysis.TextEdit
	for _, at := range order {
		text := texts[at]
		if at == newGroup {
			text = std + "\n" + text
		}
		edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)})
	}
	return edits
}

func importPath(is *ast.ImportSpec) string {
	p, _ := strconv.Unquote(is.Path.Value)
	return p
}

func isStd(p string) bool {
	first, _, _ := strings.Cut(p, "/")
	return !strings.Contains(first, ".")
}

// lineStart returns the position of the first byte of pos's line.
func lineStart(fi *fileImports, pos token.Pos) token.Pos {
	tf := fi.fset.File(pos)
	return tf.Pos(lineStartOff(fi.src, tf.Offset(pos)))
}

// lineEnd returns the position just after the newline that ends pos's line.
func lineEnd(fi *fileImports, pos token.Pos) token.Pos {
	tf := fi.fset.File(pos)
	return tf.Pos(lineEndOff(fi.src, tf.Offset(pos)))
}

// unusedImports deletes the imports that this fix alone leaves unused:
// every use of the package lies in code the fix takes out of the file (the
// moved statements and moved expressions), and nothing the fix writes into
// the file uses it: not the moved code as it lands (the returns of error
// checks replaced by log.Fatalf are gone), not a name the fix qualifies,
// and not the declarations of an earlier fix in this file that it shares.
func (t *fixText) unusedImports() []analysis.TextEdit {
	info := t.pass.TypesInfo
	m := t.m
	var removed []ast.Node
	for i, st := range m.Body.List {
		if m.Moved[i] {
			removed = append(removed, st)
		}
	}
	for _, in := range m.Exprs {
		removed = append(removed, in.Expr)
	}
	written := maps.Clone(t.decl.paths)
	for _, d := range t.borrowed {
		if d.file == t.fi.file {
			maps.Copy(written, d.paths)
		}
	}
	var edits []analysis.TextEdit
	gone := code.SpansOf(removed)
	for _, spec := range t.fi.file.Imports {
		pn := info.PkgNameOf(spec)
		if pn == nil || written[pn.Imported().Path()] {
			continue
		}
		uses := t.fs.pkgUses()[pn]
		if len(uses) == 0 || slices.ContainsFunc(uses, func(u *ast.Ident) bool { return !gone.Has(u.Pos()) }) {
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
	if n == ast.Node(spec) && t.off(from) > 0 && t.off(to) < len(t.src) {
		// The blank line that set the spec's group apart goes with it
		// when the spec ends or starts the declaration's list.
		prev := lineStartOff(t.src, t.off(from)-1)
		before, after := strings.TrimSpace(t.lineText(prev)), strings.TrimSpace(t.lineText(t.off(to)))
		switch {
		case before == "" && after == ")":
			from = t.tf.Pos(prev)
		case strings.HasSuffix(before, "(") && after == "" && t.off(t.lineAfter(to)) < len(t.src):
			to = t.lineAfter(to)
		}
	}
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
	paths := map[string]bool{}
	for p := range t.fi.used {
		paths[p] = true
	}
	vanished := code.SpansOf(t.vanished)
	visit := func(n ast.Node) {
		for id := range t.m.Idents.In(n).Outside(vanished) {
			if pn, ok := id.Use.(*types.PkgName); ok {
				paths[pn.Imported().Path()] = true
			}
		}
	}
	// A package-level var this fix shares with an earlier fix is written
	// by that fix, maybe in another file: only what it declares itself
	// counts here.
	lent := make(map[token.Pos]bool, len(t.lends))
	for _, pc := range t.lends {
		lent[pc.pos] = true
	}
	written := func(pos token.Pos) bool { return t.m.Landing != Var || lent[pos] }
	for i, st := range t.m.Body.List {
		if t.m.Moved[i] && written(st.Pos()) {
			visit(st)
		}
	}
	for _, in := range t.m.Exprs {
		if written(in.Expr.Pos()) {
			visit(in.Expr)
		}
	}
	return paths
}
