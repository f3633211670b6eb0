package main

import (
	"bytes"
	"context"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lambdainit/lambdainit/bench/fakeaws"
)

// TestHazardOracles runs the functions of testdata/hazards, written for
// this test (each is a way a naive hoist changes behaviour), three ways
// through their real main and the real aws-lambda-go runtime loop against
// a fake Lambda Runtime API: as written, after lambdainit -fix, and after
// the naive hoist in its naive.go.txt. The fixed function must answer as
// the original does, and the naive one must not: the oracle would catch
// the hazard. testenv is judged by the package's own tests instead.
func TestHazardOracles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds functions against the real SDK")
	}
	t.Parallel()
	tool := buildTool(t)
	if err := hazardsBuilt(); err != nil {
		t.Fatal(err)
	}
	src := testdataDir("hazards")
	fixed := filepath.Join(t.TempDir(), "hazards")
	mustCopy(t, src, fixed)
	// -handler-shapes: the library packages' handlers (library/billing,
	// configuredlib/shop) are fixed where they are.
	if out, code := run(t, fixed, tool, "-handler-shapes", "-fix", "./..."); code != exitClean && code != exitFindings {
		t.Fatalf("lambdainit -fix: exit %d\n%s", code, out)
	}
	naive := filepath.Join(t.TempDir(), "hazards")
	mustCopy(t, src, naive)
	fns := []string{"degrade", "helper", "counter", "closed", "mainenv", "setenv", "reassign", "testenv", "sharedinput", "joininit", "chosen", "configure", "fieldset", "initorder", "maintest", "longest", "filled", "connect", "optionvar", "writtenfile", "sharedbuilder", "resetclosed", "configured", "configuredlib", "firstevent", "fluentsetter"}
	for _, fn := range fns {
		data, err := os.ReadFile(filepath.Join(src, fn, "naive.go.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(naive, fn, "main.go"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// library and configuredlib: the naive hoist puts an init in a
	// library package; the fix lands lazily there.
	for _, lib := range []string{filepath.Join("library", "billing", "billing.go"), filepath.Join("configuredlib", "shop", "shop.go")} {
		data, err := os.ReadFile(filepath.Join(src, filepath.Dir(lib), "naive.go.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(naive, lib), data, 0o644); err != nil {
			t.Fatal(err)
		}
		if a, b := mustRead(t, filepath.Join(src, lib)), mustRead(t, filepath.Join(fixed, lib)); a == b {
			t.Errorf("%s: -fix left it as it was; want a lazy landing", lib)
		}
	}

	// What lambdainit did with each: a fix, or a refusal that leaves the
	// function as it was.
	for fn, wantFix := range map[string]bool{"degrade": true, "helper": true, "counter": false, "mainenv": true, "closed": false, "setenv": false, "reassign": false, "testenv": false, "sharedinput": true, "joininit": true, "chosen": true, "configure": true, "fieldset": true, "initorder": true, "maintest": true, "longest": false, "filled": true, "connect": true, "optionvar": false, "writtenfile": false, "sharedbuilder": false, "resetclosed": false, "configured": true, "configuredlib": false, "firstevent": false, "fluentsetter": false} {
		a, _ := os.ReadFile(filepath.Join(src, fn, "main.go"))
		b, _ := os.ReadFile(filepath.Join(fixed, fn, "main.go"))
		if changed := string(a) != string(b); changed != wantFix {
			t.Errorf("%s: changed by -fix: %v, want %v", fn, changed, wantFix)
		}
	}

	cases := []struct {
		fn     string
		events []string
		env    []string
	}{
		// The configuration cannot load: a profile that does not exist.
		{"degrade", []string{`{}`, `{}`}, []string{"AWS_PROFILE=missing", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null"}},
		{"helper", []string{`{}`, `{}`}, []string{"AWS_PROFILE=missing", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null"}},
		{"counter", []string{`{}`, `{}`}, nil},
		{"closed", []string{`{}`, `{}`}, nil},
		{"mainenv", []string{`{}`, `{}`}, nil},
		{"setenv", []string{`{"region":"ap-east-1"}`, `{"region":"sa-east-1"}`}, nil},
		{"reassign", []string{`{"region":"ap-east-1"}`, `{}`}, nil},
		// STAGE unset: the file's own init returns early.
		{"joininit", []string{`{}`, `{}`}, nil},
		// The ping function, where report's configuration cannot load.
		{"chosen", []string{`{}`, `{}`}, []string{"HANDLER=ping", "AWS_PROFILE=missing", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null"}},
		// The instrumentation left behind grows the shared config's
		// middlewares on every invocation.
		{"configure", []string{`{}`, `{}`}, nil},
		// The region and endpoint set in the handler after the naive
		// hoist built the client from the config.
		{"fieldset", []string{`{}`, `{}`}, []string{"QUEUE_ENDPOINT=http://127.0.0.1:9"}},
		// The region the init of region.go sets.
		{"initorder", []string{`{}`, `{}`}, nil},
		// The region main reads: the fix answers as the original does. Its
		// naive hoist answers so too; its own test, run below, tells.
		{"maintest", []string{`{}`, `{}`}, []string{"QUEUE_REGION=eu-north-1"}},
		// The first event switches the pattern to leftmost-longest; the
		// second does not ask for it.
		{"longest", []string{`{"posix":"true","text":"golang"}`, `{"text":"golang"}`}, nil},
		// main decodes the pattern before Start; "bbb" does not match it.
		{"filled", []string{`{"text":"bbb"}`, `{"text":"aaa"}`}, []string{`SETTINGS={"Pattern":"^a+$"}`}},
		// The database never answers: each invocation answers "degraded".
		{"connect", []string{`{}`, `{}`}, nil},
		// Each event carries its bucket's region.
		{"optionvar", []string{`{"region":"ap-east-1"}`, `{"region":"sa-east-1"}`}, nil},
		// Each event carries the template it renders.
		{"writtenfile", []string{`{"template":"hello {{.}}","name":"a"}`, `{"template":"bye {{.}}","name":"b"}`}, nil},
		// The builder the handler points at the event's region.
		{"sharedbuilder", []string{`{"region":"ap-east-1"}`, `{"region":"sa-east-1"}`}, nil},
		// Each invocation closes the pool it kept.
		{"resetclosed", []string{`{}`, `{}`}, nil},
		// main configures the store's region before Start.
		{"configured", []string{`{}`, `{}`}, nil},
		// main configures the handler's own package before Start.
		{"configuredlib", []string{`{}`, `{}`}, nil},
		// The first event sets the pattern; the second matches against it.
		{"firstevent", []string{`{"pattern":"^a+$","text":"aaa"}`, `{"text":"bbb"}`}, nil},
		// The first event sets the tenant header; the second sets none.
		{"fluentsetter", []string{`{"tenant":"a"}`, `{}`}, nil},
	}
	// Every function of each tree, built with the race detector, in one go
	// build per tree.
	// A function the fix left as it was is the same binary as the
	// original's: it is built once (each race-instrumented link of the SDK
	// costs seconds).
	bins := map[string]map[string]string{src: buildFuncs(t, src, fns, "-race"), naive: buildFuncs(t, naive, fns, "-race")}
	var changed []string
	for _, fn := range fns {
		if mustRead(t, filepath.Join(src, fn, "main.go")) != mustRead(t, filepath.Join(fixed, fn, "main.go")) ||
			fn == "configuredlib" { // its fix is in its package shop
			changed = append(changed, fn)
		}
	}
	bins[fixed] = maps.Clone(bins[src])
	if len(changed) > 0 {
		maps.Copy(bins[fixed], buildFuncs(t, fixed, changed, "-race"))
	}
	buildFunc := func(_ *testing.T, dir, fn string) string { return bins[dir][fn] }
	ddb := newFakeDynamoDB(t)
	for _, c := range cases {
		t.Run(c.fn, func(t *testing.T) {
			t.Parallel()
			want := answers(t, buildFunc(t, src, c.fn), ddb, c.events, c.env)
			got := answers(t, buildFunc(t, fixed, c.fn), ddb, c.events, c.env)
			bad := answers(t, buildFunc(t, naive, c.fn), ddb, c.events, c.env)
			t.Logf("as written %q, fixed %q, naive %q", want, got, bad)
			if !slices.Equal(got, want) {
				t.Errorf("the fixed function answers %q, as written %q", got, want)
			}
			if slices.Equal(bad, want) && c.fn != "maintest" { // its naive hoist fails its test instead (below)
				t.Errorf("the naive hoist answers as the original does (%q): the oracle does not catch it", bad)
			}
		})
	}
	// sharedinput: the fix shares the input the SDK only reads and leaves
	// the one it writes. Eight concurrent invocations, with the race
	// detector: the naive hoist races, the original and the fix do not.
	t.Run("sharedinput", func(t *testing.T) {
		t.Parallel()
		events := slices.Repeat([]string{`{}`}, 8)
		env := []string{"AWS_LAMBDA_MAX_CONCURRENCY=8"}
		want, stderr := invoke(t, buildFunc(t, src, "sharedinput"), ddb, events, append(env, "AWS_ENDPOINT_URL_S3="+newFakeS3(t))...)
		if strings.Contains(stderr, "DATA RACE") || slices.ContainsFunc(want, func(a string) bool { return a != `response "report-v1"` }) {
			t.Fatalf("the original answers %q\n%s", want, stderr)
		}
		got, stderr := invoke(t, buildFunc(t, fixed, "sharedinput"), ddb, events, append(env, "AWS_ENDPOINT_URL_S3="+newFakeS3(t))...)
		if strings.Contains(stderr, "DATA RACE") || !slices.Equal(got, want) {
			t.Errorf("the fixed function answers %q, as written %q\n%s", got, want, stderr)
		}
		// The race detector reports a race only when the writes meet
		// unordered; a busy machine can order them by chance, so the
		// naive hoist gets three tries to show it.
		raced := false
		for range 3 {
			if _, stderr = invoke(t, buildFunc(t, naive, "sharedinput"), ddb, events, append(env, "AWS_ENDPOINT_URL_S3="+newFakeS3(t))...); strings.Contains(stderr, "DATA RACE") {
				raced = true
				break
			}
		}
		if !raced {
			t.Errorf("the naive hoist shows no data race in three runs: the oracle does not catch it")
		}
	})
	// library: a command-line tool that imports the handler's package runs
	// where the configuration cannot load. As written and after the fix
	// (a lazy landing) it prints its version; the naive hoist's init stops
	// it at import time.
	t.Run("library", func(t *testing.T) {
		t.Parallel()
		env := append(os.Environ(), "AWS_PROFILE=missing", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null")
		for dir, works := range map[string]bool{src: true, fixed: true, naive: false} {
			bin := buildFuncs(t, dir, []string{"library/cli"})["library/cli"]
			cmd := exec.Command(bin)
			cmd.Env = env
			out, err := cmd.CombinedOutput()
			if got := err == nil && strings.TrimSpace(string(out)) == "billing 1.0"; got != works {
				t.Errorf("the CLI built from %s: %q (%v), want it to work: %v", dir, out, err, works)
			}
		}
	})
	// testenv and maintest are judged by their own tests too: the naive
	// hoist fails them (testenv keeps the first test's region; maintest's
	// test, which runs the handler without main, finds no client).
	for _, fn := range []string{"testenv", "maintest"} {
		t.Run(fn+"/go test", func(t *testing.T) {
			t.Parallel()
			trees := map[string]bool{src: true, naive: false}
			if slices.Contains(changed, fn) {
				trees[fixed] = true // else the fixed package is the original
			}
			for dir, pass := range trees {
				out, code := run(t, dir, "go", "test", "-race", "-count=1", "./"+fn)
				if (code == 0) != pass {
					t.Errorf("go test ./%s in %s: exit %d, want passing %v\n%s", fn, dir, code, pass, out)
				}
			}
		})
	}
}

// answers runs a function and hands it the events one after the other,
// returning its answers; a function that exits (a failed Init) answers
// "exited" for each event left. A data race fails the test.
func answers(t *testing.T, bin string, ddb *fakeaws.DynamoDB, events, env []string) []string {
	t.Helper()
	rt, err := fakeaws.StartRuntime()
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = fakeaws.Env(rt, ddb, t.TempDir(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan struct{})
	go func() { _ = cmd.Wait(); close(exited) }()
	defer func() {
		_ = cmd.Process.Kill()
		<-exited
		if strings.Contains(stderr.String(), "DATA RACE") {
			t.Errorf("%s: data race:\n%s", bin, stderr.String())
		}
	}()
	var out []string
	for _, ev := range events {
		done := make(chan string, 1)
		go func() {
			resp, _, err := rt.Invoke(ev, 30*time.Second)
			if err != nil {
				resp = err.Error()
			}
			done <- resp
		}()
		select {
		case resp := <-done:
			out = append(out, strings.TrimSpace(resp))
		case <-exited:
			out = append(out, "exited")
		}
	}
	return out
}

// newFakeS3 serves, path-style, the one bucket and object sharedinput
// reads, and returns its endpoint. It holds each bucket check until four
// are waiting (or a second has passed), so that the invocations then go on
// to GetObject together: the race detector reports a race only between
// writes that nothing else orders, and a loaded machine would otherwise
// run the invocations one after the other.
func newFakeS3(t *testing.T) string {
	t.Helper()
	var mu sync.Mutex
	waiting, release := 0, make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodHead && r.URL.Path == "/reports":
			mu.Lock()
			if waiting++; waiting == 4 {
				close(release)
			}
			mu.Unlock()
			select {
			case <-release:
			case <-time.After(time.Second):
			}
		case r.Method == http.MethodGet && r.URL.Path == "/reports/latest":
			w.Header().Set("Content-Type", "text/plain")
			_, _ = w.Write([]byte("report-v1"))
		default:
			http.Error(w, "<Error><Code>NoSuchKey</Code></Error>", http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

func mustRead(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
