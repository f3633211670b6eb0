package analyzer_test

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lambdainit/lambdainit/analyzer"
)

var update = flag.Bool("update", false, "rewrite the README's generated checks section and the .golden files that differ")

const (
	checksBegin = "<!-- checks:begin (generated from analyzer/internal/config/checks.go by go test ./analyzer -run TestREADME -update) -->\n"
	checksEnd   = "<!-- checks:end -->"
)

// TestREADME fails when the README's checks section drifts from the
// structured documentation in analyzer/internal/config/checks.go.
func TestREADME(t *testing.T) {
	path := filepath.Join("..", "README.md")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	before, rest, ok := strings.Cut(readme, checksBegin)
	_, after, ok2 := strings.Cut(rest, checksEnd)
	if !ok || !ok2 {
		t.Fatalf("README.md lacks the generated checks section markers")
	}
	want := before + checksBegin + analyzer.ChecksMarkdown() + checksEnd + after
	if readme == want {
		return
	}
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's checks section is out of date: run go test ./analyzer -run TestREADME -update")
}

func TestChecksDocumented(t *testing.T) {
	var kinds []analyzer.Kind
	for _, c := range analyzer.Checks {
		kinds = append(kinds, c.Kind)
		if c.Title == "" || c.Why == "" || c.Before == "" || c.After == "" || c.Fix == "" || c.Refuses == "" {
			t.Errorf("check %s lacks documentation", c.Kind)
		}
		if !strings.Contains(analyzer.Analyzer.Doc, "  - "+string(c.Kind)+": "+c.Title+"\n") {
			t.Errorf("the analyzer's Doc (doc.go) does not list %s as %q", c.Kind, c.Title)
		}
		if !strings.Contains(analyzer.ChecksMarkdown(), `<a id="`+string(c.Kind)+`"></a>`) {
			t.Errorf("the README has no anchor for %s, where its diagnostics link", c.Kind)
		}
	}
	if !slices.Equal(kinds, analyzer.AllKinds) {
		t.Errorf("documented kinds %v, want %v", kinds, analyzer.AllKinds)
	}
	first, _, _ := strings.Cut(analyzer.Analyzer.Doc, "\n")
	if first != "check for Init work repeated on every Lambda invocation" {
		t.Errorf("Doc's first line %q", first)
	}
}
