package analyzer_test

import (
	"go/build"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestArchitecture checks docs/architecture.md's table of packages against
// the code: each package imports exactly the packages of this repository
// its row lists (tests aside), and every package under analyzer/internal
// that the analyzer builds on has a row. The doc describes the code as it
// is, and the imports keep running one way.
func TestArchitecture(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile(filepath.Join("..", "docs", "architecture.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(doc), "<!-- packages:begin")
	table, _, ok2 := strings.Cut(table, "<!-- packages:end -->")
	if !ok || !ok2 {
		t.Fatal("docs/architecture.md has no packages:begin … packages:end table")
	}
	const module = "github.com/lambdainit/lambdainit/"
	rows := map[string][]string{} // package dir → the short names it may import
	for line := range strings.SplitSeq(table, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 6 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		dir := strings.Trim(strings.TrimSpace(cells[1]), "`")
		var imports []string
		for imp := range strings.SplitSeq(cells[len(cells)-2], ",") {
			if imp = strings.Trim(strings.TrimSpace(imp), "`"); imp != "—" && imp != "" {
				imports = append(imports, imp)
			}
		}
		rows[dir] = imports
	}
	if len(rows) == 0 {
		t.Fatal("the packages table has no rows")
	}
	for dir, want := range rows {
		pkg, err := build.ImportDir(filepath.Join("..", filepath.FromSlash(dir)), 0)
		if err != nil {
			t.Errorf("%s: %v", dir, err)
			continue
		}
		var got []string
		for _, imp := range pkg.Imports {
			if rest, ok := strings.CutPrefix(imp, module); ok {
				got = append(got, path.Base(rest))
			}
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s imports %v; docs/architecture.md says %v", dir, got, want)
		}
	}
	entries, err := os.ReadDir("internal")
	if err != nil {
		t.Fatal(err)
	}
	tools := []string{"gensdkwrites", "sdkscan"} // the generator and its scanner, described under catalogue
	for _, e := range entries {
		if dir := "analyzer/internal/" + e.Name(); e.IsDir() && !slices.Contains(tools, e.Name()) && rows[dir] == nil {
			if _, listed := rows[dir]; !listed {
				t.Errorf("%s has no row in docs/architecture.md's packages table", dir)
			}
		}
	}
}
