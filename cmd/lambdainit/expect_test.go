package main

import (
	"encoding/json"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestExpectations runs lambdainit -json on the modules of Lambda programs
// written for the rules of dispatch (testdata/dispatch) and run-once and
// invariance (testdata/runonce), many by a helper who never saw the
// analyzer, each a program with its positive and negative cases, and on
// the README's ports-and-adapters example (testdata/ports), and on a
// module whose path has no dot (testdata/dotless: module hello-lambda,
// whose packages are the user's, not the standard library). A line
// marked `// EXPECT: what` is a construction that must be reported: a
// diagnostic there, or one whose related information points there (a
// call in main that reaches it in another package). Every diagnostic must
// cover such a line: a report elsewhere is a false positive. A line marked
// `// GAP: why` is a construction the analyzer is known to miss: the test
// fails when it is found, so that the mark becomes an EXPECT.
func TestExpectations(t *testing.T) {
	t.Parallel()
	bin := buildTool(t)
	for _, mod := range []string{"dispatch", "runonce", "ports", "dotless"} {
		t.Run(mod, func(t *testing.T) {
			t.Parallel()
			dir := testdataDir(mod)
			want, gaps := expectMarks(t, dir)
			out, code := run(t, dir, bin, "-json", "./...")
			if code != exitFindings {
				t.Fatalf("lambdainit -json ./... exited %d\n%s", code, out)
			}
			covered := map[string]bool{}
			for _, d := range jsonDiagnostics(t, dir, out) {
				hit := false
				for _, at := range d.at {
					if want[at] != "" {
						covered[at], hit = true, true
					}
					if gaps[at] != "" {
						t.Errorf("%s is found now (%s): make its GAP mark an EXPECT", at, gaps[at])
					}
				}
				if !hit {
					t.Errorf("false positive at %s: %s", d.at[0], d.message)
				}
			}
			for _, at := range slices.Sorted(maps.Keys(want)) {
				if !covered[at] {
					t.Errorf("missed %s: %s", at, want[at])
				}
			}
			t.Logf("%d expected constructions covered, %d known gaps", len(covered), len(gaps))
		})
	}
}

var markRE = regexp.MustCompile(`// (EXPECT|GAP): (.*)$`)

// expectMarks returns the EXPECT and GAP lines of the module's Go files,
// as "file:line" relative to dir, with their text.
func expectMarks(t *testing.T, dir string) (want, gaps map[string]string) {
	t.Helper()
	want, gaps = map[string]string{}, map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		for i, line := range strings.Split(string(data), "\n") {
			if m := markRE.FindStringSubmatch(line); m != nil {
				at := filepath.ToSlash(rel) + ":" + strconv.Itoa(i+1)
				if m[1] == "EXPECT" {
					want[at] = m[2]
				} else {
					gaps[at] = m[2]
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return want, gaps
}

type jsonDiag struct {
	at      []string // the diagnostic's line, then its related lines
	message string
}

// jsonDiagnostics reads -json output: each diagnostic's position and the
// positions of its related information, but for the registration it
// names and the finding whose fix moves it.
func jsonDiagnostics(t *testing.T, dir, out string) []jsonDiag {
	t.Helper()
	var tree map[string]map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out[strings.IndexByte(out, '{'):]), &tree); err != nil {
		t.Fatalf("-json output does not parse: %v\n%s", err, out)
	}
	line := func(posn string) string {
		file, rest, _ := strings.Cut(posn, ".go:")
		n, _, _ := strings.Cut(rest, ":")
		rel, err := filepath.Rel(dir, file+".go")
		if err != nil {
			t.Fatal(err)
		}
		return filepath.ToSlash(rel) + ":" + n
	}
	var ds []jsonDiag
	for _, analyzers := range tree {
		var list []struct {
			Posn    string `json:"posn"`
			Message string `json:"message"`
			Related []struct {
				Posn    string `json:"posn"`
				Message string `json:"message"`
			} `json:"related"`
		}
		if err := json.Unmarshal(analyzers["lambdainit"], &list); err != nil {
			continue // an error object
		}
		for _, d := range list {
			jd := jsonDiag{at: []string{line(d.Posn)}, message: d.Message}
			for _, r := range d.Related {
				if !strings.Contains(r.Message, "registered here") && !strings.Contains(r.Message, "moved by the fix") && !strings.Contains(r.Message, "marked as a handler") {
					jd.at = append(jd.at, line(r.Posn))
				}
			}
			ds = append(ds, jd)
		}
	}
	return ds
}
