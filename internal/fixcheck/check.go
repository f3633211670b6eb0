package fixcheck

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// Package is a type-checked package whose fixes are checked: its files as
// the analyzer saw them, and an importer for every package the fixed
// files may import (the package's dependencies, and the standard packages
// a fix adds: context, log, os, sync).
type Package struct {
	Path      string
	GoVersion string
	Fset      *token.FileSet
	Files     []*ast.File
	Importer  types.Importer
	// Source returns a file's content as the analyzer read it.
	Source func(filename string) ([]byte, error)
}

// Fix is one suggested fix, its edits grouped by file name.
type Fix struct {
	Title string
	Edits map[string][]Edit
}

// FromAnalysis converts the fixes of diagnostics to byte offsets.
func FromAnalysis(fset *token.FileSet, fixes []analysis.SuggestedFix) []Fix {
	var out []Fix
	for _, sf := range fixes {
		f := Fix{Title: sf.Message, Edits: map[string][]Edit{}}
		for _, e := range sf.TextEdits {
			tf := fset.File(e.Pos)
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			f.Edits[tf.Name()] = append(f.Edits[tf.Name()], Edit{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)})
		}
		out = append(out, f)
	}
	return out
}

// Driver is how a driver combines the fixes it applies.
type Driver int

const (
	// XTools merges fix by fix, drops a conflicting fix, then formats
	// each file (go vet -fix, singlechecker -fix, go fix).
	XTools Driver = iota
	// Golangci concatenates the edits of the linter and formats only if
	// the user enabled a formatter.
	Golangci
)

func (d Driver) String() string {
	if d == Golangci {
		return "golangci-lint"
	}
	return "x/tools"
}

// Apply applies fixes to the package as driver d does, and returns the
// content of every file they change.
func (p *Package) Apply(d Driver, fixes []Fix) (map[string][]byte, error) {
	byFile := map[string][][]Edit{}
	var names []string
	for _, f := range fixes {
		for name, edits := range f.Edits {
			if _, ok := byFile[name]; !ok {
				names = append(names, name)
			}
			byFile[name] = append(byFile[name], edits)
		}
	}
	slices.Sort(names)
	out := map[string][]byte{}
	for _, name := range names {
		src, err := p.Source(name)
		if err != nil {
			return nil, err
		}
		var edits []Edit
		switch d {
		case XTools:
			var dropped []int
			edits, dropped = Merge(byFile[name])
			if len(dropped) > 0 {
				return nil, fmt.Errorf("%s: %d of %d fixes conflict with the others", name, len(dropped), len(byFile[name]))
			}
		case Golangci:
			if edits, err = Concat(byFile[name]); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
		}
		fixed, err := Apply(src, edits)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if d == XTools {
			// As the drivers do; format.Source also drops an import
			// that two merged fixes both added.
			if formatted, err := format.Source(fixed); err == nil {
				fixed = formatted
			}
		}
		out[name] = fixed
	}
	return out, nil
}

// Check reports what is wrong with the package once its files are
// replaced by fixed: a file that does not parse, a file that is not
// gofmt-clean though it was before, a type error.
func (p *Package) Check(fixed map[string][]byte) error {
	files := slices.Clone(p.Files)
	for i, f := range files {
		name := p.Fset.File(f.FileStart).Name()
		src, ok := fixed[name]
		if !ok {
			continue
		}
		orig, err := p.Source(name)
		if err != nil {
			return err
		}
		if Clean(orig) && !Clean(src) {
			formatted, _ := format.Source(src)
			if !sameButAlignment(src, formatted) {
				return fmt.Errorf("%s is not gofmt-clean after the fix:\n%s", name, lineDiff(src, formatted))
			}
		}
		nf, err := parser.ParseFile(p.Fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return fmt.Errorf("%s does not parse after the fix: %w\n%s", name, err, src)
		}
		files[i] = nf
	}
	var errs []error
	conf := types.Config{
		Importer:  p.Importer,
		GoVersion: p.GoVersion,
		Error:     func(err error) { errs = append(errs, err) },
	}
	_, _ = conf.Check(p.Path, p.Fset, files, nil)
	if len(errs) > 0 {
		var shown []byte
		for name, src := range fixed {
			shown = fmt.Appendf(shown, "--- %s\n%s", name, src)
		}
		return fmt.Errorf("the fixed package does not type-check: %w\n%s", errors.Join(errs...), shown)
	}
	return nil
}

// Clean reports whether src is gofmt-clean.
func Clean(src []byte) bool {
	formatted, err := format.Source(src)
	return err == nil && bytes.Equal(formatted, src)
}

// sameButAlignment reports whether a and b differ only in the blanks inside
// lines. gofmt aligns trailing comments across adjacent one-line
// declarations; a fix edits and formats only the declarations it changes,
// so that two fixes never edit the same lines, and leaves the realignment
// of a neighbour's comment to gofmt.
func sameButAlignment(a, b []byte) bool {
	al, bl := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	if len(al) != len(bl) {
		return false
	}
	for i := range al {
		if !bytes.Equal(bytes.Join(bytes.Fields(al[i]), []byte(" ")), bytes.Join(bytes.Fields(bl[i]), []byte(" "))) {
			return false
		}
		if !bytes.Equal(leading(al[i]), leading(bl[i])) {
			return false
		}
	}
	return true
}

func leading(line []byte) []byte {
	return line[:len(line)-len(bytes.TrimLeft(line, " \t"))]
}

// lineDiff shows the lines of a that b does not have, and the other way
// round, for a failure message.
func lineDiff(a, b []byte) string {
	al, bl := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	var out bytes.Buffer
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y []byte
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if !bytes.Equal(x, y) {
			fmt.Fprintf(&out, "line %d:\n- %q\n+ %q\n", i+1, x, y)
			if out.Len() > 2000 {
				break
			}
		}
	}
	return out.String()
}
