package detect

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"
)

// TestSigKeyWildcards checks that a type parameter in a function value's
// signature is a wildcard that matches what it can be instantiated to,
// and nothing of another shape.
func TestSigKeyWildcards(t *testing.T) {
	const src = `package p

import "context"

type Event struct{}
type Other struct{}
type Box[T any] struct{ v T }

func Generic[E any, K comparable](
	a func(context.Context, E) error,
	b func([]E, map[K]E) (*Box[E], error),
	c func(...E),
) {}

func Concrete(
	a func(context.Context, Event) error,
	b func([]Event, map[string]Event) (*Box[Event], error),
	c func(...Other),
	d func(context.Context, Event, Event) error,
	e func(Event) error,
) {}
`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	params := func(name string) []string {
		sig := pkg.Scope().Lookup(name).Type().(*types.Signature)
		var keys []string
		for v := range sig.Params().Variables() {
			keys = append(keys, sigKey(v.Type().(*types.Signature)))
		}
		return keys
	}
	g, c := params("Generic"), params("Concrete")
	want := []string{
		"func(context.Context, ?)(error)",
		"func([]?, map[?]?)(*example.com/p.Box[?], error)",
		"func(...?)()",
	}
	for i, k := range want {
		if g[i] != k {
			t.Errorf("sigKey of Generic's parameter %d = %q, want %q", i, g[i], k)
		}
	}
	for _, tc := range []struct {
		call, value string
		match       bool
	}{
		{g[0], c[0], true},
		{g[1], c[1], true},
		{g[2], c[2], true},
		{c[0], g[0], true}, // the wildcard may be on the value's side
		{g[0], c[3], false},
		{g[0], c[4], false},
		{g[1], c[0], false},
		{c[0], c[4], false},
		{c[0], c[0], true},
		{"func(?)()", "func(example.com/p.Pair[int, string])()", true},
		{"func(?, ?)()", "func(example.com/p.Pair[int, string])()", false},
		{"func(map[?]?)()", "func(map[string]func(int, int))()", true},
	} {
		if got := sigMatch(tc.call, tc.value); got != tc.match {
			t.Errorf("sigMatch(%q, %q) = %v, want %v", tc.call, tc.value, got, tc.match)
		}
	}
}
