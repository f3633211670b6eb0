package hoist

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/lambdainit/lambdainit/analyzer/internal/code"

	"golang.org/x/tools/go/analysis"
)

// namer hands out package-level names that collide with nothing: the
// package scope, every file's import names, the universe, and the names
// earlier fixes of this pass took.
type namer struct {
	taken    map[string]bool
	next     map[string]int  // want → the first suffix not taken yet (see fresh)
	pkgNames map[string]bool // the package scope's names, looked up once
	// shared maps a package-level initializer (its type and text) to the
	// variable an earlier fix of this pass declared for it, so that
	// handlers that build the same thing share one.
	shared map[string]sharedVar
	// sharedInit maps the canonical text of an init a fix of this pass
	// adds to the names it declares, for a later handler whose moved code
	// is the same.
	sharedInit map[string]sharedInit
	// inits counts the moves of the session that land in init: with one,
	// there is no other to share with, and no key to compute.
	inits int
}

// declEdits are the edits by which a fix declares its package-level
// names: the inserted declarations and the imports they need. A later fix
// that shares those names carries the same edits, byte for byte, so that
// it stands alone and drivers that apply both merge them into one.
type declEdits struct {
	edits []analysis.TextEdit
	file  *ast.File       // where the declarations go
	paths map[string]bool // the import paths they use
	added map[string]bool // the imports the edits add to file
}

// sharedVar is a package-level variable a later identical initializer
// reuses.
type sharedVar struct {
	name string
	decl *declEdits // filled in when the declaring fix is built
}

// sharedInit is what a later identical move reuses.
type sharedInit struct {
	names  []string // locals that become package variables, then moved expressions, in order
	author string   // the function whose fix adds the init
	decl   *declEdits
}

func newNamer(pass *analysis.Pass) *namer {
	n := &namer{taken: map[string]bool{}, next: map[string]int{}, pkgNames: map[string]bool{}, shared: map[string]sharedVar{}, sharedInit: map[string]sharedInit{}}
	for _, name := range pass.Pkg.Scope().Names() {
		n.taken[name] = true
		n.pkgNames[name] = true
	}
	for _, name := range types.Universe.Names() {
		n.taken[name] = true
	}
	for _, f := range pass.Files {
		for _, spec := range f.Imports {
			if obj := pass.TypesInfo.PkgNameOf(spec); obj != nil {
				n.taken[obj.Name()] = true
			}
		}
	}
	for _, name := range ignoredDecls(pass) {
		n.taken[name] = true
	}
	return n
}

// ignoredDecls returns the package-level names that the package's Go
// files excluded by build constraints declare (a file for another
// platform, or behind a tag like integration): a name one of them declares
// would not build with it.
func ignoredDecls(pass *analysis.Pass) []string {
	var names []string
	for _, file := range pass.IgnoredFiles {
		if !strings.HasSuffix(file, ".go") {
			continue
		}
		src, err := pass.ReadFile(file)
		if err != nil {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, src, parser.SkipObjectResolution)
		if err != nil || f.Name.Name != pass.Pkg.Name() {
			continue
		}
		names = append(names, code.DeclaredNames(f)...)
	}
	return names
}

// fresh returns want, or the first of want2, want3, … that is free in the
// package (n.taken holds its scope and every file's imports) and that
// avoid does not refuse (a name spelled in the function).
//
// n.next remembers, for each want, the first suffix not taken yet: taken
// names are never freed, so a package with a thousand handlers does not
// try svc2, svc3, … from 2 for each of them.
func (n *namer) fresh(want string, avoid func(string) bool) string {
	if !n.taken[want] && !avoid(want) && !token.IsKeyword(want) {
		return want
	}
	i := max(2, n.next[want])
	for n.taken[want+strconv.Itoa(i)] {
		i++
	}
	n.next[want] = i
	for avoid(want+strconv.Itoa(i)) || n.taken[want+strconv.Itoa(i)] {
		i++
	}
	return want + strconv.Itoa(i)
}

// disjoint reports whether a and b have no key in common.
func disjoint(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return false
		}
	}
	return true
}

// exportedName turns a function's name in messages ("handle",
// "Handler.Serve") into a name part: "Handle", "Serve".
func exportedName(name string) string {
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	var b strings.Builder
	for i, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' {
			continue
		}
		if i == 0 {
			r = unicode.ToUpper(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// identNames returns every identifier spelled in n.
func identNames(n ast.Node) map[string]bool {
	names := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			names[id.Name] = true
		}
		return true
	})
	return names
}

// sharedKey identifies what a package-level initializer builds: its type
// and its text, blanks folded.
func sharedKey(t types.Type, text string) string {
	return types.TypeString(t, nil) + "=" + strings.Join(strings.Fields(text), " ")
}

// share drops the pieces an earlier fix of this pass already declared,
// pointing the handler at that variable, and records the others.
func (t *fixText) share(pieces []piece) []piece {
	kept := pieces[:0]
	for _, pc := range pieces {
		sv, seen := t.n.shared[pc.key]
		if seen && !slices.Contains(t.borrowed, sv.decl) && sv.decl.file == t.fi.file {
			// Two borrowed declarations that add the same import at the
			// same point would add it twice: keep this one's own.
			for _, d := range t.borrowed {
				if d.file == sv.decl.file && !disjoint(d.added, sv.decl.added) {
					seen = false
				}
			}
		}
		if !seen {
			t.lends = append(t.lends, pc)
			kept = append(kept, pc)
			continue
		}
		name := sv.name
		if !slices.Contains(t.borrowed, sv.decl) {
			t.borrowed = append(t.borrowed, sv.decl)
		}
		if pc.v != nil {
			t.names[pc.v] = name
		}
		if pc.in != nil {
			pc.in.Name = name
		}
	}
	return kept
}

// initKey renders the moved code with placeholders for the names a fix
// chooses, and returns its tokens without comments: two moves with the same
// key build the same values the same way.
func (t *fixText) initKey(hoisted []*types.Var) string {
	t.dry = true
	defer func() { t.dry, t.names, t.vanished, t.ctx, t.log = false, map[*types.Var]string{}, nil, "", "" }()
	var b strings.Builder
	for i, v := range hoisted {
		t.names[v] = fmt.Sprintf("_hoisted%d", i)
		typ, _ := t.typeString(v.Type()) // dry: never fails
		fmt.Fprintf(&b, "%s %s;", t.names[v], typ)
	}
	// Locals of the moved code take placeholders too: the names a handler
	// gives them do not change what is built.
	locals := 0
	for i, st := range t.m.Body.List {
		if !t.m.Moved[i] {
			continue
		}
		for _, id := range code.DefinedIdents(st) {
			if v, ok := t.pass.TypesInfo.Defs[id].(*types.Var); ok && !t.m.PkgVars[v] {
				t.names[v] = fmt.Sprintf("_local%d", locals)
				locals++
			}
		}
	}
	for i, in := range t.m.Exprs {
		in.Name = fmt.Sprintf("_inline%d", i)
		typ, _ := t.typeString(t.pass.TypesInfo.TypeOf(in.Expr)) // dry: never fails
		fmt.Fprintf(&b, "%s %s;", in.Name, typ)
	}
	t.ctx, t.log = "context.Background()", "log"
	pieces, err := t.pieces()
	if err != nil {
		return ""
	}
	for _, pc := range pieces {
		var sc scanner.Scanner
		fs := token.NewFileSet()
		sc.Init(fs.AddFile("", -1, len(pc.text)), []byte(pc.text), nil, 0)
		for {
			_, tok, lit := sc.Scan()
			if tok == token.EOF {
				break
			}
			if lit == "" {
				lit = tok.String()
			}
			b.WriteString(lit + " ")
		}
	}
	return b.String()
}
