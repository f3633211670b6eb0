// Package sdkscan reads the AWS SDKs' own source and finds the operation
// inputs the SDK writes into while it sends them: idempotency tokens it
// fills in, the checksum mode its middleware sets, presigned URLs it adds.
// An input the SDK writes cannot be shared between concurrent invocations,
// so lambdainit does not report it as a constant to hoist.
//
// The scan is syntactic and cheap: it runs at go generate time over the
// SDK modules in the module cache (see gensdkwrites), and a test runs it
// again to check that the generated table still matches the code.
package sdkscan

import (
	"bufio"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Write is one member of an operation input that the SDK writes.
type Write struct {
	Pkg   string // import path of the service package
	Type  string // the input type, e.g. GetObjectInput
	Field string // the member written, e.g. ChecksumMode
	At    string // where, as file:line relative to the package directory
}

// Key is the type's qualified name, "path.Type".
func (w Write) Key() string { return w.Pkg + "." + w.Type }

// V2 scans an aws-sdk-go-v2 service package (the root package of a service
// module, where the operation inputs live). A write is an assignment to a
// member of a value of type *XInput that the SDK did not copy: a parameter
// of that type, or the result of a type assertion to it (how middleware
// reaches its input). It also returns the paginators whose NextPage writes
// into the input they were given rather than into a copy.
func V2(dir, pkg string) (writes []Write, paginatorWrites []Write, err error) {
	fset := token.NewFileSet()
	files, err := parseDir(fset, dir)
	if err != nil {
		return nil, nil, err
	}
	inputs := map[string]bool{}       // XInput struct types of the package
	paginators := map[string]string{} // paginator type → its input type
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE {
				continue
			}
			for _, s := range gd.Specs {
				ts := s.(*ast.TypeSpec)
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				if strings.HasSuffix(ts.Name.Name, "Input") {
					inputs[ts.Name.Name] = true
				}
				if strings.HasSuffix(ts.Name.Name, "Paginator") {
					for _, fld := range st.Fields.List {
						if t := inputPtr(fld.Type); t != "" && len(fld.Names) == 1 && fld.Names[0].Name == "params" {
							paginators[ts.Name.Name] = t
						}
					}
				}
			}
		}
	}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fd.Recv != nil && fd.Name.Name == "Deserialize" {
				continue // fills an input decoded from data, never one being sent
			}
			s := &scanner{fset: fset, dir: dir, pkg: pkg, input: func(n string) bool { return inputs[n] }}
			bound := map[string]string{}
			for _, list := range []*ast.FieldList{fd.Recv, fd.Type.Params} {
				if list == nil {
					continue
				}
				for _, p := range list.List {
					if t := inputPtr(p.Type); inputs[t] {
						for _, n := range p.Names {
							bound[n.Name] = t
						}
					}
				}
			}
			s.block(fd.Body, bound)
			writes = append(writes, s.writes...)
			// A paginator's NextPage must write into a copy of its params.
			if fd.Name.Name == "NextPage" && fd.Recv != nil && len(fd.Recv.List) == 1 && len(fd.Recv.List[0].Names) == 1 {
				recv := fd.Recv.List[0].Names[0].Name
				if in, ok := paginators[typeName(fd.Recv.List[0].Type)]; ok {
					ast.Inspect(fd.Body, func(n ast.Node) bool {
						for _, lhs := range assigned(n) {
							if root, path := chain(lhs); root == recv && len(path) >= 2 && path[0] == "params" {
								paginatorWrites = append(paginatorWrites, Write{pkg, in, path[1], s.at(lhs.Pos())})
							}
						}
						return true
					})
				}
			}
		}
	}
	return dedupe(writes), dedupe(paginatorWrites), nil
}

// scanner follows the variables bound to inputs through a function body.
type scanner struct {
	fset   *token.FileSet
	dir    string
	pkg    string
	input  func(name string) bool // whether a type name is an operation input
	writes []Write
}

func (s *scanner) at(pos token.Pos) string {
	p := s.fset.Position(pos)
	rel, err := filepath.Rel(s.dir, p.Filename)
	if err != nil {
		rel = filepath.Base(p.Filename)
	}
	return fmt.Sprintf("%s:%d", filepath.ToSlash(rel), p.Line)
}

// block walks n with the variables bound so far; a type switch binds its
// variable per clause.
func (s *scanner) block(n ast.Node, bound map[string]string) {
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.TypeSwitchStmt:
			as, ok := n.Assign.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 {
				return true
			}
			name := as.Lhs[0].(*ast.Ident).Name
			for _, c := range n.Body.List {
				cc := c.(*ast.CaseClause)
				inner := maps(bound)
				delete(inner, name)
				if len(cc.List) == 1 {
					if t := inputPtr(cc.List[0]); s.input(t) {
						inner[name] = t
					}
				}
				for _, st := range cc.Body {
					s.block(st, inner)
				}
			}
			return false
		case *ast.FuncLit:
			// Parameters of a literal shadow what they name.
			inner := maps(bound)
			for _, p := range n.Type.Params.List {
				for _, id := range p.Names {
					delete(inner, id.Name)
					if t := inputPtr(p.Type); s.input(t) {
						inner[id.Name] = t
					}
				}
			}
			s.block(n.Body, inner)
			return false
		case *ast.AssignStmt:
			// x := y.(*XInput) and x, ok := y.(*XInput) bind x.
			if len(n.Rhs) == 1 {
				if ta, ok := n.Rhs[0].(*ast.TypeAssertExpr); ok && len(n.Lhs) >= 1 {
					if id, ok := n.Lhs[0].(*ast.Ident); ok {
						if t := inputPtr(ta.Type); s.input(t) {
							bound[id.Name] = t
						} else if n.Tok == token.DEFINE {
							delete(bound, id.Name)
						}
					}
				}
			}
		}
		for _, lhs := range assigned(n) {
			root, path := chain(lhs)
			if t, ok := bound[root]; ok && len(path) > 0 {
				s.writes = append(s.writes, Write{s.pkg, t, path[0], s.at(lhs.Pos())})
			}
		}
		return true
	})
}

// V1 scans an aws-sdk-go service package. The SDK fills the members
// tagged idempotencyToken:"true" (read from api.go line by line: the file
// is large and the tag is all that is needed), and the package's
// customizations may write into the params they assert.
func V1(dir, pkg string) ([]Write, error) {
	var writes []Write
	f, err := os.Open(filepath.Join(dir, "api.go"))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	typ := ""
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if rest, ok := strings.CutPrefix(text, "type "); ok {
			name, _, _ := strings.Cut(rest, " ")
			typ = name
			continue
		}
		if typ != "" && strings.HasSuffix(typ, "Input") && strings.Contains(text, `idempotencyToken:"true"`) {
			fields := strings.Fields(text)
			if len(fields) > 0 {
				writes = append(writes, Write{pkg, typ, fields[0], fmt.Sprintf("api.go:%d", line)})
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// Customizations: every other file of the package.
	fset := token.NewFileSet()
	files, err := parseDirExcept(fset, dir, "api.go")
	if err != nil {
		return nil, err
	}
	// Types are declared in api.go, which is not parsed: any XInput name.
	s := &scanner{fset: fset, dir: dir, pkg: pkg, input: func(n string) bool { return strings.HasSuffix(n, "Input") }}
	for _, file := range files {
		for _, d := range file.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				s.block(fd.Body, map[string]string{})
			}
		}
	}
	return dedupe(append(writes, s.writes...)), nil
}

func inputPtr(e ast.Expr) string {
	star, ok := e.(*ast.StarExpr)
	if !ok {
		return ""
	}
	id, ok := star.X.(*ast.Ident)
	if !ok {
		return ""
	}
	return id.Name
}

func typeName(e ast.Expr) string {
	if star, ok := e.(*ast.StarExpr); ok {
		e = star.X
	}
	if id, ok := e.(*ast.Ident); ok {
		return id.Name
	}
	return ""
}

// assigned returns the expressions n writes to.
func assigned(n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if n.Tok == token.DEFINE {
			return nil
		}
		return n.Lhs
	case *ast.IncDecStmt:
		return []ast.Expr{n.X}
	}
	return nil
}

// chain splits x.a.b (or *x.a.b, x.a[i]) into x and [a b].
func chain(e ast.Expr) (string, []string) {
	var path []string
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.SelectorExpr:
			path = append(path, x.Sel.Name)
			e = x.X
		case *ast.Ident:
			slices.Reverse(path)
			return x.Name, path
		default:
			return "", nil
		}
	}
}

func maps(m map[string]string) map[string]string {
	c := make(map[string]string, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}

func dedupe(ws []Write) []Write {
	slices.SortFunc(ws, func(a, b Write) int {
		return strings.Compare(a.Key()+"."+a.Field+" "+a.At, b.Key()+"."+b.Field+" "+b.At)
	})
	return slices.CompactFunc(ws, func(a, b Write) bool { return a.Key() == b.Key() && a.Field == b.Field })
}

func parseDir(fset *token.FileSet, dir string) ([]*ast.File, error) {
	return parseDirExcept(fset, dir, "")
}

func parseDirExcept(fset *token.FileSet, dir, skip string) ([]*ast.File, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".go") || strings.HasSuffix(name, "_test.go") || name == skip {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}
