package main

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lambdainit/lambdainit/bench/corpus"
)

var updateSnapshot = flag.Bool("update-snapshot", false, "rewrite testdata/snapshot from the current output (review the diff before committing)")

// TestSnapshot keeps the command's whole output, byte for byte: the
// findings with their related information and every fix's edits (-json),
// and the fixes as a diff (-fix -diff), on every module under testdata,
// the GOPATH cases with their stubs, and the bench's generated corpora. It
// was recorded before the analyzer was split into stage packages, so a
// change of structure that changes any output fails here; a change of
// behaviour updates it with -update-snapshot and the diff is reviewed.
func TestSnapshot(t *testing.T) {
	t.Parallel()
	bin := buildTool(t)
	corpora := writeCorpora(t)
	gopath := testdataDir("")
	targets := []struct {
		name, dir string
		env       []string
		patterns  []string
	}{
		{"example", testdataDir("example"), nil, []string{"./..."}},
		{"realsdk", testdataDir("realsdk"), nil, []string{"./..."}},
		{"realdeps", testdataDir("realdeps"), nil, []string{"./..."}},
		{"hazards", testdataDir("hazards"), nil, []string{"./..."}},
		{"dispatch", testdataDir("dispatch"), nil, []string{"./..."}},
		{"runonce", testdataDir("runonce"), nil, []string{"./..."}},
		{"ports", testdataDir("ports"), nil, []string{"./..."}},
		{"src", testdataDir("src"), gopathEnv(gopath), []string{"./..."}},
		{"corpora", filepath.Join(corpora, "src"), gopathEnv(corpora + string(os.PathListSeparator) + gopath), []string{"./..."}},
	}
	for _, tg := range targets {
		t.Run(tg.name, func(t *testing.T) {
			t.Parallel()
			if tg.env == nil {
				if err := exampleBuilt(); err != nil {
					t.Fatal(err)
				}
			}
			var got strings.Builder
			for _, mode := range [][]string{{"-json"}, {"-fix", "-diff"}} {
				args := append(append([]string{}, mode...), tg.patterns...)
				out, code := runEnv(t, tg.dir, tg.env, bin, args...)
				if mode[0] == "-json" {
					out = sortedEdits(t, out)
				}
				fmt.Fprintf(&got, "### lambdainit %s (exit %d)\n%s\n", strings.Join(args, " "), code, out)
			}
			// Absolute paths differ between checkouts.
			text := strings.ReplaceAll(got.String(), corpora, "$CORPORA")
			text = strings.ReplaceAll(text, strings.TrimSuffix(gopath, string(filepath.Separator)), "$TESTDATA")
			golden := filepath.Join(testdataDir("snapshot"), tg.name+".txt")
			if *updateSnapshot {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update-snapshot to record it)", err)
			}
			if text != string(want) {
				t.Errorf("output on %s differs from %s:\n%s", tg.name, golden, lineDiff(string(want), text))
			}
		})
	}
}

// sortedEdits rewrites -json output with the edits of each fix in file and
// offset order: when a fix edits two files, the driver may list them in
// either order (the edits are a set; drivers apply them by position).
func sortedEdits(t *testing.T, out string) string {
	t.Helper()
	start := strings.IndexByte(out, '{')
	if start < 0 {
		return out
	}
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out[start:]), &tree); err != nil {
		t.Fatalf("-json output does not parse: %v\n%s", err, out)
	}
	type edit struct {
		Filename string `json:"filename"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		New      string `json:"new"`
	}
	type fix struct {
		Message string `json:"message"`
		Edits   []edit `json:"edits"`
	}
	type related struct {
		Posn    string `json:"posn"`
		End     string `json:"end"`
		Message string `json:"message"`
	}
	type diag struct {
		Category       string    `json:"category,omitempty"`
		Posn           string    `json:"posn"`
		End            string    `json:"end,omitempty"`
		Message        string    `json:"message"`
		SuggestedFixes []fix     `json:"suggested_fixes,omitempty"`
		Related        []related `json:"related,omitempty"`
	}
	norm := map[string]map[string]any{}
	for pkg, analyzers := range tree {
		norm[pkg] = map[string]any{}
		for name, raw := range analyzers {
			var ds []diag
			if err := json.Unmarshal(raw, &ds); err != nil {
				norm[pkg][name] = raw // an error object
				continue
			}
			for _, d := range ds {
				for _, f := range d.SuggestedFixes {
					slices.SortStableFunc(f.Edits, func(a, b edit) int {
						return cmp.Or(strings.Compare(a.Filename, b.Filename), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
					})
				}
			}
			norm[pkg][name] = ds
		}
	}
	b, err := json.MarshalIndent(norm, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	return out[:start] + string(b) + "\n"
}

func gopathEnv(gopath string) []string {
	return []string{"GOPATH=" + gopath, "GO111MODULE=off", "GOFLAGS="}
}

// writeCorpora writes the bench's generated packages into a GOPATH of
// their own, beside the stubs of testdata/src: handlers of every kind the
// bench times, many findings in one handler, a chain of helpers, and the
// layered applications.
func writeCorpora(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join(dir, "src")
	if _, err := corpus.Write(filepath.Join(src, "corpus"), corpus.Options{Packages: 6, Handlers: 8, PlainEvery: 3, ModulePath: "corpus"}); err != nil {
		t.Fatal(err)
	}
	for name, text := range map[string]string{"findings": corpus.FindingsPackage(10), "chain": corpus.ChainPackage(12)} {
		if err := os.MkdirAll(filepath.Join(src, name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(src, name, "main.go"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := corpus.WriteLayered(filepath.Join(src, "example.com", "layered"), "example.com/layered", 2); err != nil {
		t.Fatal(err)
	}
	return dir
}

// lineDiff shows the first lines where want and got part.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, wl, gl)
		}
	}
	return "(same lines)"
}
