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

	"github.com/lambdainit/lambdainit/analyzer/internal/code"
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
	Exprs    []*MovedExpr       // expressions inside larger ones that become package variables
	Ctx      []ast.Expr         // per-invocation contexts that become context.Background()
	PkgVars  map[*types.Var]bool
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
	Idents code.Idents

	file *fileState
}

// MovedExpr is an expression that becomes a package variable; the larger
// expression refers to that variable instead.
type MovedExpr struct {
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

// within reports whether pos lies in one of nodes.
func within(pos token.Pos, nodes []ast.Node) bool {
	return slices.ContainsFunc(nodes, func(n ast.Node) bool { return n.Pos() <= pos && pos < n.End() })
}
