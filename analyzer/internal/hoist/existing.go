package hoist

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// A file that has an init function of its own gets no second one: the fix
// adds its code at the end of that init, where a new init placed after it
// would run it. That is only done when it changes nothing else:
//
//   - the init is the file's only one and comes before the point where
//     the fix declares (Move.InsertPos), with the package's variables, so
//     that what it sets is set before the moved code runs, as the landing
//     was chosen for;
//   - it always reaches its end: no return, no defer (deferred calls
//     would run after the moved code instead of before it), no endless
//     loop, select or panic at the end;
//   - it is the only fix of its file that lands in init (two would
//     declare their locals, cfg and err, twice in one function);
//   - nothing the moved code names is declared in the init (its own
//     locals, or a log that shadows the package).

// joinableInit returns the init function of the file that fixes landing in
// init may join, or nil.
func joinableInit(file *ast.File, insert token.Pos) *ast.FuncDecl {
	var found *ast.FuncDecl
	for _, d := range file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Name.Name != "init" || fd.Body == nil {
			continue
		}
		if found != nil {
			return nil // two: which would the fix join?
		}
		found = fd
	}
	if found == nil || found.End() > insert || !reachesEnd(found.Body) {
		return nil
	}
	return found
}

// reachesEnd reports whether every run of body ends at its closing brace.
func reachesEnd(body *ast.BlockStmt) bool {
	ok := true
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.DeferStmt:
			ok = false
		case *ast.BranchStmt:
			if n.Tok == token.GOTO {
				ok = false
			}
		}
		return ok
	})
	if !ok || len(body.List) == 0 {
		return ok
	}
	switch last := body.List[len(body.List)-1].(type) {
	case *ast.ForStmt:
		return last.Cond != nil
	case *ast.SelectStmt:
		return false
	case *ast.ExprStmt:
		if call, ok := last.X.(*ast.CallExpr); ok {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
				return false
			}
		}
	}
	return true
}

// joinInit splits decls, the declarations a fix writes with its new init
// last, into what still goes at the declaration point and the edit that
// adds the init's statements at the end of into. ok is false when the
// statements name something into declares.
func (t *fixText) joinInit(decls []byte, into *ast.FuncDecl) (rest []byte, edit analysis.TextEdit, ok bool) {
	fset := token.NewFileSet()
	const header = "package p\n\n"
	f, err := parser.ParseFile(fset, "", header+string(decls), parser.ParseComments|parser.SkipObjectResolution)
	if err != nil || len(f.Decls) == 0 {
		return nil, edit, false
	}
	fd, isFunc := f.Decls[len(f.Decls)-1].(*ast.FuncDecl)
	if !isFunc || fd.Name.Name != "init" || fd.Recv != nil {
		return nil, edit, false
	}
	declared := map[string]bool{}
	ast.Inspect(into.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if _, ok := t.pass.TypesInfo.Defs[id].(*types.Label); !ok && t.pass.TypesInfo.Defs[id] != nil {
				declared[id.Name] = true
			}
		}
		return true
	})
	if !disjoint(identNames(fd.Body), declared) {
		return nil, edit, false
	}
	src := []byte(header + string(decls))
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	start := off(fd.Pos())
	if fd.Doc != nil {
		start = off(fd.Doc.Pos())
	}
	rest = bytes.TrimRight(src[len(header):start], "\n")
	if len(rest) > 0 {
		rest = append(rest, '\n')
	}
	// The statements, whole lines, as gofmt indented them in the new init:
	// one tab, as at the top of the init they join.
	stmts := src[lineStartOff(src, off(fd.Body.Lbrace))+len("func init() {\n") : lineStartOff(src, off(fd.Body.Rbrace))]
	if !bytes.HasPrefix(src[lineStartOff(src, off(fd.Body.Lbrace)):], []byte("func init() {\n")) {
		return nil, edit, false
	}
	text := string(stmts)
	if len(into.Body.List) > 0 {
		text = "\n" + text // a blank line after the init's own code
	}
	at := t.lineStart(into.Body.Rbrace)
	if strings.TrimSpace(string(t.src[t.off(at):t.off(into.Body.Rbrace)])) != "" {
		return nil, edit, false // the brace shares its line with code
	}
	return rest, analysis.TextEdit{Pos: at, End: at, NewText: []byte(text)}, true
}
