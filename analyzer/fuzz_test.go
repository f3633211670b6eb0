package analyzer_test

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
	"github.com/lambdainit/lambdainit/internal/fixcheck"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

// stubUniverse loads the stub SDKs, the stand-ins for other modules and
// the standard packages the cases use, once, as an importer.
var stubUniverse = sync.OnceValues(func() (map[string]*types.Package, error) {
	dir, _ := filepath.Abs(filepath.Join("..", "testdata"))
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, "github.com/aws/...", "example.com/...", "golang.org/x/...", "go.opentelemetry.io/...", "context", "os", "fmt", "net/http", "database/sql", "io", "log/slog",
		"sync", "log", "strings", "time", "errors", "flag", "encoding/json", "gorm.io/...", "regexp", "text/template", "bytes")
	if err != nil {
		return nil, err
	}
	all := map[string]*types.Package{}
	packages.Visit(pkgs, nil, func(p *packages.Package) { all[p.PkgPath] = p.Types })
	return all, nil
})

type importerFunc func(string) (*types.Package, error)

// stubImporter imports from the stub universe.
func stubImporter(tb testing.TB) types.Importer {
	tb.Helper()
	universe, err := stubUniverse()
	if err != nil {
		tb.Fatal(err)
	}
	return importerFunc(func(path string) (*types.Package, error) {
		if p, ok := universe[path]; ok {
			return p, nil
		}
		return nil, os.ErrNotExist
	})
}

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// FuzzAnalyzer feeds Go files that import the stub SDKs through the
// analyzer and applies every suggested fix. It must never panic or fail;
// the edits must not overlap; the fixed file must parse, type-check again
// (the input did: the drivers run lambdainit only on well-typed packages)
// and stay gofmt-clean when the input was. Every case of testdata seeds it.
//
//	go test ./analyzer -run FuzzAnalyzer -fuzz FuzzAnalyzer -fuzztime 10m
func FuzzAnalyzer(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "src", "*", "*.go"))
	for _, s := range seeds {
		if strings.HasSuffix(s, "_test.go") || strings.Contains(s, string(filepath.Separator)+"cgo"+string(filepath.Separator)) {
			continue
		}
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	imp := stubImporter(f)
	f.Fuzz(func(t *testing.T, src string) { checkFixes(t, imp, src) })
}

// TestFuzzSeedsFix checks that the seeds reach the fixes: most of them
// type-check against the stubs and get fixes that hold, so the fuzz
// target starts from inputs that exercise the whole pipeline.
func TestFuzzSeedsFix(t *testing.T) {
	imp := stubImporter(t)
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "src", "fix*", "main.go"))
	// Cases whose main.go gets no fix by design: its handlers are in other
	// files (fiximports), or it registers those of other files and does
	// not type-check alone (fixjoin, fixmainfile), or every finding is
	// refused (fixenvwrite, fixenvlit).
	noFix := []string{"fiximports", "fixjoin", "fixenvwrite", "fixenvlit", "fixmainfile"}
	fixed := 0
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		got := checkFixes(t, imp, string(data))
		if want := !slices.Contains(noFix, filepath.Base(filepath.Dir(s))); got != want {
			t.Errorf("%s: fixes through the fuzz pipeline: %v, want %v", s, got, want)
		}
		if got {
			fixed++
		}
	}
	if len(seeds) < 8 || fixed < 8 {
		t.Errorf("%d of %d fix cases got fixes through the fuzz pipeline", fixed, len(seeds))
	}
}

// checkFixes runs the analyzer on src and checks its fixes; it reports
// whether there were any.
func checkFixes(t *testing.T, imp types.Importer, src string) bool {
	t.Helper()
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return false
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{},
		Implicits: map[ast.Node]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
		Scopes: map[ast.Node]*types.Scope{}, Instances: map[*ast.Ident]types.Instance{}, FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{Importer: imp, Error: func(error) {}}
	pkg, err := conf.Check("fuzz/"+file.Name.Name, fset, []*ast.File{file}, info)
	if err != nil {
		return false
	}
	var diags []analysis.Diagnostic
	a := analyzer.New(analyzer.Config{})
	pass := &analysis.Pass{
		Analyzer: a, Fset: fset, Files: []*ast.File{file}, Pkg: pkg, TypesInfo: info,
		TypesSizes: types.SizesFor("gc", "amd64"),
		ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New([]*ast.File{file})},
		Report:     func(d analysis.Diagnostic) { diags = append(diags, d) },
		ReadFile: func(name string) ([]byte, error) {
			if name == "main.go" {
				return []byte(src), nil
			}
			return nil, os.ErrNotExist
		},
		Module: &analysis.Module{},
		// No other package: no facts to read, none kept.
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
	}
	if _, err := a.Run(pass); err != nil {
		t.Fatalf("run: %v", err)
	}
	var sfs []analysis.SuggestedFix
	for _, d := range diags {
		if len(d.SuggestedFixes) > 0 {
			sfs = append(sfs, d.SuggestedFixes[0])
		}
	}
	if len(sfs) == 0 {
		return false
	}
	fp := &fixcheck.Package{
		Path: "fuzz/" + file.Name.Name, Fset: fset, Files: []*ast.File{file}, Importer: imp,
		Source: func(string) ([]byte, error) { return []byte(src), nil },
	}
	// Each fix alone, then all of them as each kind of driver combines
	// them.
	fixes := fixcheck.FromAnalysis(fset, sfs)
	subsets := [][]fixcheck.Fix{fixes}
	if len(fixes) > 1 {
		for _, f := range fixes {
			subsets = append(subsets, []fixcheck.Fix{f})
		}
	}
	for _, subset := range subsets {
		for _, d := range []fixcheck.Driver{fixcheck.Golangci, fixcheck.XTools} {
			fixed, err := fp.Apply(d, subset)
			if err == nil {
				err = fp.Check(fixed)
			}
			if err != nil {
				t.Fatalf("%s, %d of %d fixes: %v", d, len(subset), len(fixes), err)
			}
		}
	}
	return true
}

// TestLargeFunction runs a handler of 3000 statements through the whole
// pipeline: its fix moves 1500 constructions and must still hold.
func TestLargeFunction(t *testing.T) {
	imp := stubImporter(t)
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n\t\"context\"\n\n\t\"github.com/aws/aws-lambda-go/lambda\"\n\t\"github.com/aws/aws-sdk-go-v2/service/s3\"\n)\n\nfunc handler(ctx context.Context) error {\n")
	for i := range 1500 {
		fmt.Fprintf(&b, "\tc%d := s3.New(s3.Options{Region: \"r%d\"})\n\t_ = c%d\n", i, i, i)
	}
	b.WriteString("\treturn nil\n}\n\nfunc main() { lambda.Start(handler) }\n")
	if !checkFixes(t, imp, b.String()) {
		t.Fatal("no fix for the large handler")
	}
}
