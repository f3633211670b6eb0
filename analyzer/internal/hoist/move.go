// Package hoist turns a planned move of code out of a Lambda handler into
// the edits of one suggested fix. The analyzer decides what moves and where
// it lands (a Move); this package only writes it: the text of the moved
// code as it lands (text.go), the package-level names it takes and shares
// (names.go), the imports it adds and removes (imports.go), and edits
// formatted like gofmt where the fix changes a declaration (format.go).
//
// Every fix it writes is a change to the original files that stands alone:
// drivers apply any subset of the fixes of a package.
package hoist

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Landing is where moved code goes.
type Landing int

const (
	// Init lands in package variables set in a new init function.
	Init Landing = iota
	// Var lands in package variables with initializers, nothing to check.
	Var
	// Main lands in main, right before the call that registers the handler.
	Main
	// Lazy lands in package variables set by code the function calls first, once
	// (a sync.OnceFunc), or until it succeeds when it checks errors, so
	// that it runs after whatever main or another package set before the
	// first invocation.
	Lazy
)

// Move is a planned move of code out of a function body.
type Move struct {
	Func *ast.FuncDecl // nil for a function literal
	Name string        // how messages name the function
	Body *ast.BlockStmt

	Moved    map[int]bool       // indexes of the top-level statements of Body that move
	Checks   map[int]*types.Var // moved error checks → the error they check
	Failures map[int]string     // moved error checks → what failed, for a message ("unable to load SDK config")
	Inline   []*Inline          // expressions inside larger ones that become package variables
	Ctx      []ast.Expr         // per-invocation contexts that become context.Background()
	Hoisted  map[*types.Var]bool
	KeepErr  []*types.Var // checked errors the function still uses: declared in place

	Landing   Landing
	InsertPos token.Pos // where new declarations go: after the package's variables
	OwnPos    token.Pos // before the function's declaration (see Session.Fixes)
	Start     ast.Stmt  // for Main: the statement of main that registers the handler
	StartName string    // for Main: the registering function ("lambda.Start")
	What      []string  // what moves, for the title

	// Keep holds the packages whose uses in the function's error checks
	// the fix must keep (see Session.Prepare).
	Keep map[*types.PkgName]bool

	// Idents are those of Body (NewIdents); Fix lists them when nil.
	Idents Idents

	file *fileState
}

// Inline is an expression that becomes a package variable; the larger
// expression refers to that variable instead.
type Inline struct {
	Expr ast.Expr
	Name string // chosen when the fix is written
}

// firstMoved returns the index of the first moved top-level statement.
func (m *Move) firstMoved() int {
	i := 0
	for !m.Moved[i] {
		i++
	}
	return i
}

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

// within reports whether pos lies in one of nodes.
func within(pos token.Pos, nodes []ast.Node) bool {
	return slices.ContainsFunc(nodes, func(n ast.Node) bool { return n.Pos() <= pos && pos < n.End() })
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
	return s.merged()
}

// merged sorts s and merges the spans that overlap or touch, in place.
func (s Spans) merged() Spans {
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
