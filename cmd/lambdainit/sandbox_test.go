package main

import (
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSandboxedUnitchecker runs lambdainit as go vet runs it (one vet
// config per package, through unitchecker), once with the caller's
// environment and once in a sandbox such as Bazel's nogo or a remote
// executor gives: no go on PATH, no HOME, GOPATH, GOFLAGS or GOCACHE,
// another working directory. Findings and fixes (-json) must be the same
// bytes: Run reads nothing but what the pass gives it.
func TestSandboxedUnitchecker(t *testing.T) {
	if testing.Short() {
		t.Skip("vets the example module against the real SDK")
	}
	t.Parallel()
	tool := buildTool(t)
	dir := filepath.Join(t.TempDir(), "example")
	mustCopy(t, exampleDir(t), dir)

	// A vet tool that keeps each package's vet config and answers -V=full
	// with a build ID of its own, so that go vet runs it afresh instead of
	// replaying results it cached for the same tool.
	cfgs := t.TempDir()
	nonce := make([]byte, 8)
	_, _ = rand.Read(nonce)
	wrapper := filepath.Join(t.TempDir(), "vettool")
	script := `#!/bin/sh
case "$1" in -V=full) "` + tool + `" -V=full | sed 's/$/-` + hex.EncodeToString(nonce) + `/'; exit;; esac
for a in "$@"; do case "$a" in *.cfg) cp "$a" "` + cfgs + `/$(date +%s%N).cfg";; esac; done
exec "` + tool + `" "$@"
`
	if err := os.WriteFile(wrapper, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	out, _ := run(t, dir, "go", "vet", "-work", "-vettool="+wrapper, "./...")
	work := ""
	for line := range strings.SplitSeq(out, "\n") {
		if w, ok := strings.CutPrefix(line, "WORK="); ok {
			work = w
		}
	}
	if work == "" {
		t.Fatalf("go vet -work printed no WORK directory:\n%s", out)
	}
	t.Cleanup(func() { os.RemoveAll(work) })
	files, _ := filepath.Glob(filepath.Join(cfgs, "*.cfg"))

	sandbox := t.TempDir()
	compared, withFixes := 0, 0
	for i, cfg := range files {
		var c map[string]any
		data, err := os.ReadFile(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &c); err != nil {
			t.Fatal(err)
		}
		if c["VetxOnly"] == true {
			continue // a dependency, vetted for facts only
		}
		// Each run writes its JSON and facts where the test reads them.
		runIn := func(wd string, env []string, tag string) []byte {
			t.Helper()
			out := filepath.Join(sandbox, fmt.Sprintf("%d-%s", i, tag))
			c["Stdout"], c["VetxOutput"] = out+".json", out+".vetx"
			data, _ := json.Marshal(c)
			if err := os.WriteFile(out+".cfg", data, 0o644); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(tool, "-json", out+".cfg")
			cmd.Dir, cmd.Env = wd, env
			if log, err := cmd.CombinedOutput(); err != nil || len(log) > 0 {
				t.Fatalf("%s (%s): %v\n%s", c["ImportPath"], tag, err, log)
			}
			got, err := os.ReadFile(out + ".json")
			if err != nil {
				t.Fatal(err)
			}
			return got
		}
		want := runIn(dir, os.Environ(), "normal")
		// No go on PATH, and nothing else in the environment.
		got := runIn(t.TempDir(), []string{"PATH=" + sandbox}, "sandboxed")
		if !bytes.Equal(got, want) {
			t.Errorf("%s: the sandboxed run differs\nnormal:\n%s\nsandboxed:\n%s", c["ImportPath"], want, got)
		}
		compared++
		if bytes.Contains(want, []byte(`"suggested_fixes"`)) {
			withFixes++
		}
	}
	if compared < 5 || withFixes == 0 {
		t.Fatalf("%d packages compared, %d with fixes: the comparison proves too little", compared, withFixes)
	}
}
