package code

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// RecvTypeName returns the name of a receiver's type expression: T for T,
// *T, T[P] and *T[P], or "?".
func RecvTypeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.StarExpr:
		return RecvTypeName(e.X)
	case *ast.IndexExpr:
		return RecvTypeName(e.X)
	case *ast.IndexListExpr:
		return RecvTypeName(e.X)
	case *ast.Ident:
		return e.Name
	}
	return "?"
}

// IsNamedType reports whether t is path.name.
func IsNamedType(t types.Type, path, name string) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == path && named.Obj().Name() == name
}

// RootIdent returns x for x, x.f, x[i], *x, (x).
func RootIdent(e ast.Expr) *ast.Ident {
	for {
		switch x := e.(type) {
		case *ast.Ident:
			return x
		case *ast.SelectorExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.SliceExpr:
			e = x.X
		default:
			return nil
		}
	}
}

// FieldPath returns the fields through which e reaches the variable at its
// root ("cache.m" for shared.cache.m[k], "ready" for (*p).ready): the
// fields after the last element, call or method on the way, so a method
// called on a field names that field (shared.cache.Load: "cache"). It
// returns "" when e is the variable itself or an element of it.
func FieldPath(info *types.Info, e ast.Expr) string {
	var path []string
	for x := ast.Unparen(e); ; {
		switch y := x.(type) {
		case *ast.SelectorExpr:
			if f, ok := info.Uses[y.Sel].(*types.Var); ok && f.IsField() {
				path = append(path, f.Name())
			} else {
				path = path[:0] // a method: what it is called on
			}
			x = ast.Unparen(y.X)
		case *ast.IndexExpr:
			path = path[:0] // an element: the collection is the state
			x = ast.Unparen(y.X)
		case *ast.StarExpr:
			x = ast.Unparen(y.X)
		default:
			for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
				path[i], path[j] = path[j], path[i]
			}
			return strings.Join(path, ".")
		}
	}
}

// FirstField returns the field of the root variable through which e
// reaches what it names (cache of s.cache[k].x, table of (*s).table), or
// "" when e is the variable itself or passes through a method call.
func FirstField(info *types.Info, e ast.Expr) string {
	first := ""
	for x := ast.Unparen(e); ; {
		switch y := x.(type) {
		case *ast.SelectorExpr:
			f, ok := info.Uses[y.Sel].(*types.Var)
			if !ok || !f.IsField() {
				return "" // a method: what it is called on
			}
			first = f.Name()
			x = ast.Unparen(y.X)
		case *ast.IndexExpr:
			x = ast.Unparen(y.X)
		case *ast.StarExpr:
			x = ast.Unparen(y.X)
		default:
			return first
		}
	}
}

// FieldOf returns the variable at the root of e when e reaches it
// through fields and dereferences only (shared.cfg, (*p).cfg.Region), with
// the path of those fields (FieldPath); nil for anything else.
func FieldOf(info *types.Info, e *ast.SelectorExpr) (*types.Var, string) {
	for x := ast.Expr(e); ; {
		switch y := ast.Unparen(x).(type) {
		case *ast.SelectorExpr:
			if s, ok := info.Selections[y]; !ok || s.Kind() != types.FieldVal {
				return nil, ""
			}
			x = y.X
		case *ast.StarExpr:
			x = y.X
		case *ast.Ident:
			v, _ := info.Uses[y].(*types.Var)
			if v == nil {
				return nil, ""
			}
			return v, FieldPath(info, e)
		default:
			return nil, ""
		}
	}
}

// Overlaps reports whether field paths p and q of one variable share
// state: one is the other or inside it ("" is the whole variable).
func Overlaps(p, q string) bool {
	return p == "" || q == "" || p == q || strings.HasPrefix(p, q+".") || strings.HasPrefix(q, p+".")
}

// IsNil reports whether e is the predeclared nil.
func IsNil(info *types.Info, e ast.Expr) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); !ok || id.Name != "nil" {
		return false // spares a lookup in the large Types map
	}
	tv, ok := info.Types[e]
	return ok && tv.IsNil()
}

// SameRef reports whether a and b denote the same variable or field path:
// x, or x.f.g with the same objects all along.
func SameRef(info *types.Info, a, b ast.Expr) bool {
	a, b = ast.Unparen(a), ast.Unparen(b)
	switch a := a.(type) {
	case *ast.Ident:
		b, ok := b.(*ast.Ident)
		return ok && info.ObjectOf(a) != nil && info.ObjectOf(a) == info.ObjectOf(b)
	case *ast.SelectorExpr:
		b, ok := b.(*ast.SelectorExpr)
		return ok && info.ObjectOf(a.Sel) == info.ObjectOf(b.Sel) && SameRef(info, a.X, b.X)
	case *ast.StarExpr:
		b, ok := b.(*ast.StarExpr)
		return ok && SameRef(info, a.X, b.X)
	}
	return false
}

// HasDirective reports whether a doc comment holds //<name>.
func HasDirective(doc *ast.CommentGroup, name string) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if text, ok := strings.CutPrefix(c.Text, "//"+name); ok && (text == "" || text[0] == ' ' || text[0] == '\t') {
			return true
		}
	}
	return false
}

// SourceName is the name of the file the user wrote: for a file cgo
// processed, the original its //line directives point to.
func SourceName(pass *analysis.Pass, f *ast.File) string {
	return pass.Fset.PositionFor(f.Package, true).Filename
}

// Remapped reports whether f is not the user's file itself but a
// processed copy (cgo's output), whose positions //line directives map
// back to the source. Edits to it would not reach the user's code.
func Remapped(pass *analysis.Pass, f *ast.File) bool {
	return pass.Fset.File(f.FileStart).Name() != SourceName(pass, f)
}

// Generated reports whether the user's file is generated. A file cgo
// processed carries cgo's own marker, then the original's comments: only a
// marker other than cgo's counts.
func Generated(pass *analysis.Pass, f *ast.File) bool {
	if !Remapped(pass, f) {
		return ast.IsGenerated(f)
	}
	for _, cg := range f.Comments {
		if cg.Pos() > f.Package {
			break
		}
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "// Code generated ") && strings.HasSuffix(c.Text, " DO NOT EDIT.") &&
				c.Text != "// Code generated by cmd/cgo; DO NOT EDIT." {
				return true
			}
		}
	}
	return false
}

// IsError reports whether t is the error type.
func IsError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// ByName qualifies types by package name, as messages print them.
func ByName(p *types.Package) string { return p.Name() }

// TypeUnder returns the underlying type of t, or of what t points to.
func TypeUnder(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem().Underlying()
	}
	return t.Underlying()
}

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool { return IsNamedType(t, "context", "Context") }

// IdentOf returns the identifier naming the object of x, x.Sel, x[T].
func IdentOf(e ast.Expr) *ast.Ident {
	switch e := e.(type) {
	case *ast.Ident:
		return e
	case *ast.SelectorExpr:
		return e.Sel
	case *ast.IndexExpr:
		return IdentOf(ast.Unparen(e.X))
	case *ast.IndexListExpr:
		return IdentOf(ast.Unparen(e.X))
	}
	return nil
}
