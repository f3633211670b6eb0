package analyzer

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// verifier proves a fix before it is offered: the package, with this fix
// and every fix accepted before it applied, is gofmt-clean and type-checks.
// A fix that fails is not offered; its diagnostic says why.
type verifier struct {
	pass     *analysis.Pass
	accepted []analysis.TextEdit
	imports  map[string]*types.Package
	fallback types.Importer
	exports  map[string]string // import path → export data file, for fallback
	listed   map[string]bool   // import paths go list was asked for
}

func newVerifier(pass *analysis.Pass) *verifier {
	v := &verifier{pass: pass, imports: map[string]*types.Package{}, exports: map[string]string{}, listed: map[string]bool{}}
	var walk func(p *types.Package)
	walk = func(p *types.Package) {
		if _, seen := v.imports[p.Path()]; seen {
			return
		}
		v.imports[p.Path()] = p
		for _, q := range p.Imports() {
			walk(q)
		}
	}
	for _, p := range pass.Pkg.Imports() {
		walk(p)
	}
	return v
}

// Import implements types.Importer with the packages the pass already
// has, and the compiler's export data for packages it has never seen (log,
// say), which no type of the pass can refer to.
func (v *verifier) Import(path string) (*types.Package, error) {
	if p, ok := v.imports[path]; ok {
		return p, nil
	}
	if path == "log" {
		// No file of the package imports log, so nothing but the fix's
		// own log.Fatalf can use it: a package with just that function
		// checks it exactly, without running the go command.
		return logPackage(), nil
	}
	return v.compiler([]string{path}).Import(path)
}

// compiler returns an importer over the compiler's export data for the
// given import paths and their dependencies, found with `go list -export
// -deps` run from the package's directory, as the go command would build
// them. There is one such importer per pass, so the packages it has read
// stay one consistent set; paths it has not listed yet are listed when a
// later fix needs them.
func (v *verifier) compiler(paths []string) types.Importer {
	var missing []string
	for _, p := range paths {
		if _, ok := v.exports[p]; !ok && !v.listed[p] {
			missing = append(missing, p)
		}
	}
	if len(missing) > 0 && len(v.pass.Files) > 0 {
		for _, p := range missing {
			v.listed[p] = true
		}
		dir := filepath.Dir(v.pass.Fset.File(v.pass.Files[0].FileStart).Name())
		cmd := exec.Command("go", append([]string{"list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}", "--"}, missing...)...)
		cmd.Dir = dir
		if out, err := cmd.Output(); err == nil {
			for line := range strings.SplitSeq(string(out), "\n") {
				if path, file, ok := strings.Cut(line, "\t"); ok && file != "" {
					if _, seen := v.exports[path]; !seen {
						v.exports[path] = file
					}
				}
			}
		}
	}
	if v.fallback == nil {
		v.fallback = importer.ForCompiler(token.NewFileSet(), "gc", func(path string) (io.ReadCloser, error) {
			file, ok := v.exports[path]
			if !ok {
				return nil, fmt.Errorf("no export data for %s", path)
			}
			return os.Open(file)
		})
	}
	return v.fallback
}

// importerFor returns the importer that can check files: the pass's
// packages, unless a file imports a package the pass knows only in part
// (an indirect dependency, loaded from shallow export data). Then every
// package comes from the compiler's export data, so that all types are
// one consistent set.
func (v *verifier) importerFor(files []*ast.File) types.Importer {
	var paths []string
	partial := false
	for _, f := range files {
		for _, spec := range f.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if !slices.Contains(paths, path) && path != "C" {
				paths = append(paths, path)
			}
			if p, ok := v.imports[path]; ok && !p.Complete() {
				partial = true
			}
		}
	}
	if partial {
		return v.compiler(paths)
	}
	return v
}

// logPackage is the part of package log that fixes use.
func logPackage() *types.Package {
	pkg := types.NewPackage("log", "log")
	anyType := types.Universe.Lookup("any").Type()
	params := types.NewTuple(
		types.NewParam(token.NoPos, pkg, "format", types.Typ[types.String]),
		types.NewParam(token.NoPos, pkg, "v", types.NewSlice(anyType)),
	)
	sig := types.NewSignatureType(nil, nil, nil, params, nil, true)
	pkg.Scope().Insert(types.NewFunc(token.NoPos, pkg, "Fatalf", sig))
	pkg.MarkComplete()
	return pkg
}

// try checks edits on top of the accepted ones and accepts them if the
// result holds.
func (v *verifier) try(edits []analysis.TextEdit) error {
	all := append(slices.Clone(v.accepted), edits...)
	fset := v.pass.Fset
	files := slices.Clone(v.pass.Files)
	for i, f := range files {
		tf := fset.File(f.FileStart)
		var mine []analysis.TextEdit
		for _, e := range all {
			if fset.File(e.Pos) == tf {
				mine = append(mine, e)
			}
		}
		if len(mine) == 0 {
			continue
		}
		src, err := v.pass.ReadFile(tf.Name())
		if err != nil {
			return err
		}
		out, err := applyEdits(tf, src, mine)
		if err != nil {
			return err
		}
		if formatted, err := format.Source(out); err != nil || !bytes.Equal(formatted, out) {
			return fmt.Errorf("the fixed file would not be gofmt-clean")
		}
		nf, err := parser.ParseFile(fset, tf.Name(), out, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("the fixed file would not parse: %w", err)
		}
		files[i] = nf
	}
	var first error
	conf := types.Config{
		Importer:  v.importerFor(files),
		GoVersion: v.pass.Pkg.GoVersion(),
		Error: func(err error) {
			if first == nil {
				first = err
			}
			if os.Getenv("LAMBDAINIT_DEBUG_FIX") != "" {
				fmt.Fprintln(os.Stderr, "lambdainit: type error in fix:", err)
			}
		},
	}
	_, _ = conf.Check(v.pass.Pkg.Path(), fset, files, nil)
	if first != nil {
		if os.Getenv("LAMBDAINIT_DEBUG_FIX") != "" {
			for i, f := range files {
				if f != v.pass.Files[i] {
					var b bytes.Buffer
					_ = format.Node(&b, fset, f)
					fmt.Fprintf(os.Stderr, "lambdainit: rejected fix:\n%s\n", b.String())
				}
			}
		}
		return fmt.Errorf("the fixed package would not type-check: %w", first)
	}
	v.accepted = all
	return nil
}

// applyEdits applies edits to src, merging identical edits as the
// drivers do; overlapping edits are an error.
func applyEdits(tf *token.File, src []byte, edits []analysis.TextEdit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortStableFunc(edits, func(a, b analysis.TextEdit) int {
		if a.Pos != b.Pos {
			return int(a.Pos - b.Pos)
		}
		return int(a.End - b.End)
	})
	edits = slices.CompactFunc(edits, func(a, b analysis.TextEdit) bool {
		return a.Pos == b.Pos && a.End == b.End && bytes.Equal(a.NewText, b.NewText)
	})
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		start, end := tf.Offset(e.Pos), tf.Offset(e.End)
		if start < last {
			return nil, fmt.Errorf("overlapping edits")
		}
		out.Write(src[last:start])
		out.Write(e.NewText)
		last = end
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}

// usesCgo reports whether the package uses cgo: the analyzer sees cgo's
// processed copies of its files, which edits would not reach and which
// cannot be type-checked again here, so its findings carry no fix.
func usesCgo(pass *analysis.Pass) bool {
	for _, f := range pass.Files {
		if remapped(pass, f) {
			return true
		}
		for _, spec := range f.Imports {
			if spec.Path.Value == `"C"` {
				return true
			}
		}
	}
	return false
}
