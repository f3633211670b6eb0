package analyzer

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// fileImports answers how a file names packages, and adds the imports a fix
// needs as edits of that same fix.
type fileImports struct {
	file   *ast.File
	fset   *token.FileSet
	src    []byte
	byPath map[string]string // import path → name used in the file ("" for _ and .)
	taken  map[string]bool   // names declared at file scope, or taken by this fix
	pkg    map[string]bool   // names declared at package scope (shared, read only)
	added  map[string]string // path → name, imports this fix adds
}

func newFileImports(pass *analysis.Pass, f *ast.File, src []byte, pkgNames map[string]bool) *fileImports {
	fi := &fileImports{file: f, fset: pass.Fset, src: src, byPath: map[string]string{}, taken: map[string]bool{}, pkg: pkgNames, added: map[string]string{}}
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
			fi.byPath[p] = name
			fi.taken[name] = true
		}
	}
	return fi
}

// name returns the name to refer to the package at path in this file,
// adding an import when the file lacks one. ok is false when no name can
// be had (the natural name is taken by something else).
func (fi *fileImports) name(pkgPath, pkgName string) (string, bool) {
	if n, ok := fi.byPath[pkgPath]; ok {
		return n, true
	}
	if n, ok := fi.added[pkgPath]; ok {
		return n, true
	}
	if fi.taken[pkgName] || fi.pkg[pkgName] {
		return "", false
	}
	fi.added[pkgPath] = pkgName
	fi.taken[pkgName] = true
	return pkgName, true
}

// qualifier prints types with the file's own import names, adding imports
// as needed; failed is set when a package cannot be named.
func (fi *fileImports) qualifier(self *types.Package, failed *bool) types.Qualifier {
	return func(p *types.Package) string {
		if p == self {
			return ""
		}
		n, ok := fi.name(p.Path(), p.Name())
		if !ok {
			*failed = true
		}
		return n
	}
}

// edits returns the edits that add this fix's imports, placed where gofmt
// would keep them: in the group of standard library imports for a standard
// package, in the last group otherwise, in sorted position.
func (fi *fileImports) edits() []analysis.TextEdit {
	if len(fi.added) == 0 {
		return nil
	}
	paths := make([]string, 0, len(fi.added))
	for p := range fi.added {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	spec := func(p string) string {
		if fi.added[p] != path.Base(p) && !strings.HasPrefix(path.Base(p), fi.added[p]) {
			return fi.added[p] + " " + strconv.Quote(p)
		}
		return strconv.Quote(p)
	}
	// Find the parenthesised import declaration, if any.
	var decl *ast.GenDecl
	for _, d := range fi.file.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			decl = g
			break
		}
	}
	if decl == nil || !decl.Lparen.IsValid() {
		var b bytes.Buffer
		b.WriteString("import (\n")
		var existing []string
		if decl != nil {
			for _, s := range decl.Specs {
				is := s.(*ast.ImportSpec)
				text := is.Path.Value
				if is.Name != nil {
					text = is.Name.Name + " " + text
				}
				existing = append(existing, text)
			}
		}
		lines := existing
		for _, p := range paths {
			lines = append(lines, spec(p))
		}
		std, other := splitStd(lines)
		for _, l := range std {
			b.WriteString("\t" + l + "\n")
		}
		if len(std) > 0 && len(other) > 0 {
			b.WriteString("\n")
		}
		for _, l := range other {
			b.WriteString("\t" + l + "\n")
		}
		b.WriteString(")")
		if decl == nil {
			return []analysis.TextEdit{{Pos: fi.file.Name.End(), End: fi.file.Name.End(), NewText: append([]byte("\n\n"), b.Bytes()...)}}
		}
		return []analysis.TextEdit{{Pos: decl.Pos(), End: decl.End(), NewText: b.Bytes()}}
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
	var edits []analysis.TextEdit
	for _, p := range paths {
		g := groups[len(groups)-1]
		if isStd(p) {
			g = groups[0]
			if !isStd(importPath(g[0])) {
				// No standard group: start one before the first group.
				at := lineStart(fi, g[0].Pos())
				edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte("\t" + spec(p) + "\n\n")})
				continue
			}
		}
		at := token.NoPos
		for _, is := range g {
			if importPath(is) > p {
				at = lineStart(fi, is.Pos())
				break
			}
		}
		if at == token.NoPos {
			at = lineEnd(fi, g[len(g)-1].End())
		}
		edits = append(edits, analysis.TextEdit{Pos: at, End: at, NewText: []byte("\t" + spec(p) + "\n")})
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

func splitStd(lines []string) (std, other []string) {
	for _, l := range lines {
		if isStd(specPath(l)) {
			std = append(std, l)
		} else {
			other = append(other, l)
		}
	}
	byPath := func(a, b string) int { return strings.Compare(specPath(a), specPath(b)) }
	slices.SortFunc(std, byPath)
	slices.SortFunc(other, byPath)
	return std, other
}

// specPath returns the import path of an import spec's text, with or
// without a name before it.
func specPath(spec string) string {
	_, quoted, _ := strings.Cut(spec, `"`)
	p, _ := strconv.Unquote(`"` + quoted)
	return p
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
