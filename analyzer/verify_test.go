package analyzer

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestVerifierImportsLater checks that the export-data importer a verifier
// falls back on serves import paths that a later fix needs, not only those
// of the first fix that built it.
func TestVerifierImportsLater(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n"
	for name, text := range map[string]string{"go.mod": "module example.com/p\n\ngo 1.26\n", "p.go": src} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, filepath.Join(dir, "p.go"), src, 0)
	if err != nil {
		t.Fatal(err)
	}
	v := newVerifier(&analysis.Pass{Fset: fset, Files: []*ast.File{f}, Pkg: types.NewPackage("example.com/p", "p")})
	for _, path := range []string{"strings", "net/url", "encoding/json"} {
		if _, err := v.compiler([]string{path}).Import(path); err != nil {
			t.Errorf("import %s after the importer was built: %v", path, err)
		}
	}
}
