package analyzer_test

import (
	"bytes"
	"go/format"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
)

// TestFixesWithoutComments runs the fix cases with every comment taken out.
// The fixes take fast paths around go/format for code without comments
// (a handler whose edits realign nothing; declarations in the shapes the
// fix writes), which the cases' want comments otherwise keep them from:
// here every declaration the fast path formats is checked against
// go/format, and every subset of the fixes must be gofmt-clean,
// type-check and converge, as in TestFixSubsets.
func TestFixesWithoutComments(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(testdata(t))); err != nil {
		t.Fatal(err)
	}
	for _, c := range fixCases {
		root := filepath.Join(dir, "src", c)
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
			if err != nil {
				return err
			}
			for _, cg := range f.Comments {
				for _, c := range cg.List {
					if strings.HasPrefix(c.Text, "//go:") || strings.HasPrefix(c.Text, "//lambdainit:") {
						return nil // a directive: the file stays as it is
					}
				}
			}
			f.Comments = nil
			var b bytes.Buffer
			if err := format.Node(&b, fset, f); err != nil {
				return err
			}
			return os.WriteFile(path, b.Bytes(), 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	// The checker analyzes packages side by side: verify counts
	// atomically.
	var fast atomic.Int64
	a := analyzer.NewVerifyingFastFormat(analyzer.Config{}, func(src, got, want []byte) {
		fast.Add(1)
		if !bytes.Equal(got, want) {
			t.Errorf("fastFormat differs from go/format on\n%s\nfast:\n%s\ngo/format:\n%s", src, got, want)
		}
	})
	env := append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=")
	checkSubsets(t, a, dir, env, fixCases, false)
	if n := fast.Load(); n < 20 {
		t.Errorf("only %d declarations took the fast path", n)
	}
}
