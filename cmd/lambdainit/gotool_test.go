package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestGoVetAndGoFix applies the fixes through the go command's own drivers:
// go vet -vettool -fix, go fix -fixtool (with and without -diff), and the
// analyzer's flags passed through go vet (-handler-shapes, so that the
// example's library handlers are fixed in place too).
func TestGoVetAndGoFix(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the example module against the real SDK")
	}
	tool := buildTool(t)

	t.Run("go vet -fix", func(t *testing.T) {
		t.Parallel()
		dir := filepath.Join(t.TempDir(), "example")
		mustCopy(t, exampleDir(t), dir)
		if out, code := run(t, dir, "go", "vet", "-vettool="+tool, "-handler-shapes", "-fix", "./..."); code != 0 {
			t.Fatalf("go vet -fix: exit %d\n%s", code, out)
		}
		checkFixed(t, tool, dir)
	})

	t.Run("go fix -fixtool", func(t *testing.T) {
		t.Parallel()
		dir := filepath.Join(t.TempDir(), "example")
		mustCopy(t, exampleDir(t), dir)
		sum := treeHash(dir)
		out, code := run(t, dir, "go", "fix", "-fixtool="+tool, "-handler-shapes", "-diff", "./...")
		if code == 0 || !strings.Contains(out, "+func init() {") || !strings.Contains(out, `+		log.Fatalf("unable to load SDK config: %v", err)`) {
			t.Fatalf("go fix -diff: exit %d, want the init fix as a diff\n%s", code, out)
		}
		if treeHash(dir) != sum {
			t.Fatal("go fix -diff changed files")
		}
		if out, code := run(t, dir, "go", "fix", "-fixtool="+tool, "-handler-shapes", "./..."); code != 0 {
			t.Fatalf("go fix: exit %d\n%s", code, out)
		}
		checkFixed(t, tool, dir)
	})

	// The analyzer's own flags through go vet (-checks=params) are
	// TestChecksFlag's: each set of flags makes go vet analyse every
	// dependency afresh, so the tests share one.

	out, _ := run(t, exampleDir(t), tool, "-V=full")
	if !strings.Contains(out, "lambdainit version ") || !strings.Contains(out, "buildID=") {
		t.Errorf("-V=full printed %q", out)
	}
}

// checkFixed checks that a fixed module type-checks and vets (go vet
// type-checks every package; TestFixExampleModule builds and runs the
// fixed functions), is gofmt-clean and has nothing left to fix.
func checkFixed(t *testing.T, tool, dir string) {
	t.Helper()
	if out, code := run(t, dir, "go", "vet", "./..."); code != 0 {
		t.Fatalf("go vet: exit %d\n%s", code, out)
	}
	if out, _ := run(t, dir, "gofmt", "-l", "."); strings.TrimSpace(out) != "" {
		t.Errorf("not gofmt-clean:\n%s", out)
	}
	if out, code := run(t, dir, tool, "-handler-shapes", "./..."); code != 0 {
		t.Errorf("findings left:\n%s", out)
	}
}
