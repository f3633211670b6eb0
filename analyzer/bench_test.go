package analyzer_test

import (
	"fmt"
	"go/types"
	"os"
	"path/filepath"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
	"github.com/lambdainit/lambdainit/bench/corpus"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/packages"
)

// BenchmarkAnalyzer times lambdainit's own work (not loading, which the
// floor pays) on one package of the benchmark corpus with 1 to 1000
// handlers: handler discovery, the region, invariance, and the planning and
// proof of every fix. Time per handler should stay flat.
func BenchmarkAnalyzer(b *testing.B) {
	for _, n := range []int{1, 10, 100, 1000} {
		b.Run(fmt.Sprintf("handlers=%d", n), func(b *testing.B) {
			pass, diags := loadCorpus(b, corpus.Package(n, 0))
			a := analyzer.New(analyzer.Config{})
			pass.Analyzer = a
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				*diags = 0
				if _, err := a.Run(pass); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/handler")
			b.ReportMetric(float64(*diags), "diagnostics")
		})
	}
}

// BenchmarkShapes times the shapes that stress the planner: many findings
// in one handler, and Init work at the end of a long helper chain (the
// same shapes go run ./bench measures against the floor). Profile with
// -cpuprofile.
func BenchmarkShapes(b *testing.B) {
	for _, s := range []struct {
		name string
		src  string
	}{
		{"findings=999", corpus.FindingsPackage(333)},
		{"chain=1000", corpus.ChainPackage(1000)},
	} {
		b.Run(s.name, func(b *testing.B) {
			pass, diags := loadCorpus(b, s.src)
			a := analyzer.New(analyzer.Config{})
			pass.Analyzer = a
			b.ReportAllocs()
			for b.Loop() {
				*diags = 0
				if _, err := a.Run(pass); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(*diags), "diagnostics")
		})
	}
}

// loadCorpus writes a corpus package into a GOPATH beside copies of the
// stubs, loads it, and returns a pass over it.
func loadCorpus(b *testing.B, src string) (*analysis.Pass, *int) {
	b.Helper()
	gopath := b.TempDir()
	if err := os.CopyFS(filepath.Join(gopath, "src", "github.com"), os.DirFS(filepath.Join("..", "testdata", "src", "github.com"))); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(gopath, "src", "github.com", "marker"), nil, 0o644); err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(gopath, "src", "bench")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte(src), 0o644); err != nil {
		b.Fatal(err)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedSyntax | packages.NeedTypes |
			packages.NeedTypesInfo | packages.NeedImports | packages.NeedDeps | packages.NeedTypesSizes,
		Dir: gopath,
		Env: append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS="),
	}
	pkgs, err := packages.Load(cfg, "bench")
	if err != nil || len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		b.Fatalf("loading the corpus: %v %v", err, pkgs)
	}
	p := pkgs[0]
	diags := new(int)
	return &analysis.Pass{
		Fset:       p.Fset,
		Files:      p.Syntax,
		Pkg:        p.Types,
		TypesInfo:  p.TypesInfo,
		TypesSizes: p.TypesSizes,
		ResultOf:   map[*analysis.Analyzer]any{inspect.Analyzer: inspector.New(p.Syntax)},
		Report:     func(analysis.Diagnostic) { *diags++ },
		ReadFile:   os.ReadFile,
		Module:     &analysis.Module{},
		// The corpus imports only the stubs, which have no facts.
		ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportObjectFact:  func(types.Object, analysis.Fact) {},
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts:    func() []analysis.ObjectFact { return nil },
		AllPackageFacts:   func() []analysis.PackageFact { return nil },
	}, diags
}
