package code

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// DefinedIdents returns the identifiers a top-level statement declares.
func DefinedIdents(st ast.Stmt) []*ast.Ident {
	var ids []*ast.Ident
	switch st := st.(type) {
	case *ast.AssignStmt:
		if st.Tok == token.DEFINE {
			for _, l := range st.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					ids = append(ids, id)
				}
			}
		}
	case *ast.DeclStmt:
		if g, ok := st.Decl.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, s := range g.Specs {
				for _, id := range s.(*ast.ValueSpec).Names {
					if id.Name != "_" {
						ids = append(ids, id)
					}
				}
			}
		}
	}
	return ids
}

// RHS returns the values a statement assigns or declares.
func RHS(st ast.Stmt) []ast.Expr {
	switch st := st.(type) {
	case *ast.AssignStmt:
		return st.Rhs
	case *ast.DeclStmt:
		var vals []ast.Expr
		for _, s := range st.Decl.(*ast.GenDecl).Specs {
			vals = append(vals, s.(*ast.ValueSpec).Values...)
		}
		return vals
	}
	return nil
}

// Exits reports whether st is panic(…), log.Fatal*(…) or os.Exit(…).
func Exits(info *types.Info, st ast.Stmt) bool {
	es, ok := st.(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := es.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Builtin:
		return fn.Name() == "panic"
	case *types.Func:
		if fn.Pkg() == nil {
			return false
		}
		switch fn.Pkg().Path() {
		case "log":
			return fn.Name() == "Fatal" || fn.Name() == "Fatalf" || fn.Name() == "Fatalln" || fn.Name() == "Panicf"
		case "os":
			return fn.Name() == "Exit"
		}
	}
	return false
}

// OnlyExits reports whether an error check's body is one statement that
// exits: such a check moves into init as it is.
func OnlyExits(info *types.Info, body []ast.Stmt) bool {
	return len(body) == 1 && Exits(info, body[0])
}

// Spans is the union of some nodes' extents, sorted and merged, to ask
// many times whether a position lies in one of them.
type Spans [][2]token.Pos

// SpansOf returns the spans of nodes.
func SpansOf(nodes []ast.Node) Spans {
	s := make(Spans, 0, len(nodes))
	for _, n := range nodes {
		s = append(s, [2]token.Pos{n.Pos(), n.End()})
	}
	return s.Merged()
}

// Has reports whether pos lies in one of the spans.
func (s Spans) Has(pos token.Pos) bool {
	i, _ := slices.BinarySearchFunc(s, pos, func(sp [2]token.Pos, p token.Pos) int {
		if sp[0] > p {
			return 1
		}
		return -1 // sp starts at or before p: look right
	})
	return i > 0 && s[i-1][0] <= pos && pos < s[i-1][1]
}

// FileOf returns the file of the pass that holds n.
func FileOf(pass *analysis.Pass, n ast.Node) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			return f
		}
	}
	return nil
}

// DeclStart is where a declaration begins, with its doc comment.
func DeclStart(d ast.Decl) token.Pos {
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

// DeclaredNames returns the package-level names a file declares: its
// functions (not methods), variables, constants and types.
func DeclaredNames(f *ast.File) []string {
	var names []string
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				names = append(names, d.Name.Name)
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch spec := spec.(type) {
				case *ast.ValueSpec:
					for _, id := range spec.Names {
						names = append(names, id.Name)
					}
				case *ast.TypeSpec:
					names = append(names, spec.Name.Name)
				}
			}
		}
	}
	return names
}

// Merged sorts s and merges the spans that overlap or touch, in place.
func (s Spans) Merged() Spans {
	slices.SortFunc(s, func(a, b [2]token.Pos) int { return int(a[0] - b[0]) })
	out := s[:0]
	for _, sp := range s {
		if k := len(out); k > 0 && sp[0] <= out[k-1][1] {
			out[k-1][1] = max(out[k-1][1], sp[1])
			continue
		}
		out = append(out, sp)
	}
	return out
}
