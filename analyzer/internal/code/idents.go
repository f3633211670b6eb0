package code

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"
	"sort"
)

// Ident is an identifier of a function body with what the type checker
// recorded for it.
type Ident struct {
	*ast.Ident
	Use types.Object // info.Uses[id]
	Def types.Object // info.Defs[id], when the identifier is no use
}

// Idents are the identifiers of a function body in source order. Planning
// a move and writing its fix read a body's identifiers many times over:
// reading them here spares a walk of the tree and a lookup in the type
// checker's maps, the largest of the pass, each time. One list serves a
// function's planning and its fix (Move.Idents).
type Idents []Ident

// NewIdents lists the identifiers of body.
func NewIdents(info *types.Info, body ast.Node) Idents {
	_, ids := AppendIdents(nil, info, body)
	return ids
}

// AppendIdents appends the identifiers of body to buf and returns buf
// and, capped, the list of body's. The lists of many bodies may share one
// buffer: a package of a thousand handlers allocates a few large arrays
// instead of growing one per body.
func AppendIdents(buf Idents, info *types.Info, body ast.Node) (Idents, Idents) {
	start := len(buf)
	ast.Inspect(body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			x := Ident{Ident: id, Use: info.Uses[id]}
			if x.Use == nil {
				x.Def = info.Defs[id]
			}
			buf = append(buf, x)
		}
		return true
	})
	return buf, buf[start:len(buf):len(buf)]
}

// Within returns the identifiers inside [pos, end).
func (ids Idents) Within(pos, end token.Pos) Idents {
	i := sort.Search(len(ids), func(i int) bool { return ids[i].Pos() >= pos })
	j := i + sort.Search(len(ids)-i, func(k int) bool { return ids[i+k].End() > end })
	return ids[i:j]
}

// Lookup returns id's entry, if id is in the list.
func (ids Idents) Lookup(id *ast.Ident) (Ident, bool) {
	i := sort.Search(len(ids), func(i int) bool { return ids[i].Pos() >= id.Pos() })
	if i < len(ids) && ids[i].Ident == id {
		return ids[i], true
	}
	return Ident{}, false
}

// In returns the identifiers of n, a node of the body.
func (ids Idents) In(n ast.Node) Idents { return ids.Within(n.Pos(), n.End()) }

// Outside yields the identifiers of ids that lie in none of skip, in
// order, as ast.Inspect would find them when it does not descend into the
// nodes skip was made of. (A node around the whole part ids came from
// skips it all, where a walk of that part would never meet the node.)
func (ids Idents) Outside(skip Spans) iter.Seq[Ident] {
	return func(yield func(Ident) bool) {
		if len(ids) == 0 {
			return
		}
		// skip is sorted and merged: its ends rise too.
		k := sort.Search(len(skip), func(i int) bool { return skip[i][1] > ids[0].Pos() })
		for _, id := range ids {
			for k < len(skip) && skip[k][1] <= id.Pos() {
				k++
			}
			if k < len(skip) && skip[k][0] <= id.Pos() {
				continue
			}
			if !yield(id) {
				return
			}
		}
	}
}

// Names returns whether the identifiers spell a name.
func (ids Idents) Names() func(string) bool {
	// A short body is scanned; a long one (a handler with a thousand
	// findings asks for a name per finding) is put in a set once.
	if len(ids) <= 64 {
		return func(name string) bool {
			for _, id := range ids {
				if id.Name == name {
					return true
				}
			}
			return false
		}
	}
	set := make(map[string]bool, len(ids)/2)
	for _, id := range ids {
		set[id.Name] = true
	}
	return func(name string) bool { return set[name] }
}
