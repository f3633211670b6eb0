package code

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"math/rand/v2"
	"slices"
	"testing"
)

const identsSrc = `package p

import "context"

type T struct{ F int }

func h(ctx context.Context, x int) (int, error) {
	cfg, err := load(ctx)
	if err != nil {
		return 0, err
	}
	t := T{F: cfg + x}
	for i := range 3 {
		t.F += i
	}
	go func() { _ = ctx.Err() }()
	return t.F, nil
}

func load(context.Context) (int, error) { return 1, nil }
`

// checkedHandler parses and type-checks identsSrc and returns its handler h.
func checkedHandler(t *testing.T) (*token.FileSet, *types.Info, *ast.FuncDecl) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", identsSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	if _, err := (&types.Config{Importer: importer.Default()}).Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	return fset, info, f.Decls[2].(*ast.FuncDecl)
}

// TestIdentsAgreeWithInspect checks Idents against the walk it replaces:
// for random parts of a body and random nodes to skip, the identifiers
// Within and Outside give are those ast.Inspect finds when it does not
// descend into the skipped nodes, in the same order, with the objects the
// type checker recorded.
func TestIdentsAgreeWithInspect(t *testing.T) {
	fset, info, fd := checkedHandler(t)
	body := fd.Body
	ids := NewIdents(info, body)
	var nodes []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n != nil {
			nodes = append(nodes, n)
		}
		return true
	})
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		root := nodes[r.IntN(len(nodes))]
		var skip []ast.Node
		for range r.IntN(4) {
			// Not around root: Outside would skip root whole, where
			// a walk from root never meets it.
			if n := nodes[r.IntN(len(nodes))]; n == root || n.Pos() > root.Pos() || root.End() > n.End() {
				skip = append(skip, n)
			}
		}
		var want []Ident
		ast.Inspect(root, func(n ast.Node) bool {
			if slices.Contains(skip, n) {
				return false
			}
			if id, ok := n.(*ast.Ident); ok {
				x := Ident{Ident: id, Use: info.Uses[id]}
				if x.Use == nil {
					x.Def = info.Defs[id]
				}
				want = append(want, x)
			}
			return true
		})
		got := slices.Collect(ids.In(root).Outside(SpansOf(skip)))
		if !slices.Equal(got, want) {
			t.Fatalf("in %T at %v, skipping %d nodes:\n got %v\nwant %v", root, fset.Position(root.Pos()), len(skip), names(got), names(want))
		}
	}
	if len(ids) < 20 || ids[0].Name != "cfg" {
		t.Fatalf("NewIdents listed %v", names(ids))
	}
}

func names(ids []Ident) []string {
	var s []string
	for _, id := range ids {
		s = append(s, id.Name)
	}
	return s
}

// TestIdentsLookup checks that Lookup finds every identifier of the list
// and no identifier outside it.
func TestIdentsLookup(t *testing.T) {
	fset, info, fd := checkedHandler(t)
	ids := NewIdents(info, fd.Body)
	for _, id := range ids {
		if got, ok := ids.Lookup(id.Ident); !ok || got != id {
			t.Errorf("Lookup(%s at %v) = %v, %v", id.Name, fset.Position(id.Pos()), got, ok)
		}
	}
	// The parameters are outside the body's list.
	for _, id := range fd.Type.Params.List[0].Names {
		if _, ok := ids.Lookup(id); ok {
			t.Errorf("Lookup(%s) found a parameter in the body's list", id.Name)
		}
	}
}
