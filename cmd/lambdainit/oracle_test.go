package main

import (
	"bytes"
	"context"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lambdainit/lambdainit/bench/fakeaws"
)

// TestFixExampleModule applies every fix to a copy of the example module,
// which uses the real aws-lambda-go and AWS SDK modules, and checks what a
// user would: each function, run through its real main against a fake
// Lambda Runtime API and a fake DynamoDB on loopback, answers two
// invocations exactly as before, and eight concurrent ones alike.
func TestFixExampleModule(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the example functions against the real SDK")
	}
	tool := buildTool(t)
	dir := filepath.Join(t.TempDir(), "example")
	mustCopy(t, exampleDir(t), dir)

	funcs := []string{"scan", "report", "inventory"}
	before := buildFuncs(t, dir, funcs)

	// -handler-shapes: the handlers of relay and layered/api, which live
	// in library packages, are fixed there too.
	out, code := run(t, dir, tool, "-handler-shapes", "-fix", "./...")
	if code != 0 {
		t.Fatalf("lambdainit -handler-shapes -fix ./... exited %d\n%s", code, out)
	}
	// That the fixed module is gofmt-clean, builds, vets, passes its tests
	// and has nothing left for a second -fix is TestVerify's question, on
	// this same module through lambdainit verify: asked once.
	after := buildFuncs(t, dir, funcs)

	ddb := newFakeDynamoDB(t)
	events := map[string][]string{
		"scan":      {`{"path":"/items"}`, `{"path":"/items"}`},
		"report":    {`{"name":"alice"}`, `{"name":"bob"}`},
		"inventory": {`{"path":"/stock"}`, `{"path":"/stock"}`},
	}
	for _, fn := range funcs {
		want, _ := invoke(t, before[fn], ddb, events[fn])
		got, _ := invoke(t, after[fn], ddb, events[fn])
		if !slices.Equal(got, want) {
			t.Errorf("%s answers differently after the fix:\nbefore %q\nafter  %q", fn, want, got)
		}
		t.Logf("%s: %q", fn, got)
	}

	// aws-lambda-go ≥ 1.51 runs AWS_LAMBDA_MAX_CONCURRENCY handler
	// goroutines at once, which then share what the fix hoisted: the fixed
	// functions answer eight concurrent invocations as they answer one.
	// (The race detector's verdict on shared clients and inputs is
	// TestHazardOracles' sharedinput, built with -race: building this
	// module's SDK a second time with -race would double the cost of this
	// test for the same question.)
	for _, fn := range funcs {
		one, _ := invoke(t, after[fn], ddb, events[fn][:1])
		many := slices.Repeat(events[fn][:1], 8)
		got, _ := invoke(t, after[fn], ddb, many, "AWS_LAMBDA_MAX_CONCURRENCY=4")
		if len(got) != len(many) || slices.ContainsFunc(got, func(r string) bool { return r != one[0] }) {
			t.Errorf("%s: concurrent answers %q, want %d× %q", fn, got, len(many), one[0])
		}
	}
}

// mustCopy copies a module tree with verify's own copy.
func mustCopy(t *testing.T, from, to string) {
	t.Helper()
	if err := copyDir(from, to); err != nil {
		t.Fatal(err)
	}
}

func buildFuncs(t *testing.T, dir string, funcs []string, flags ...string) map[string]string {
	t.Helper()
	// One go build for all of them: the go command shares the work. No
	// symbol table or DWARF: nothing debugs them, and the link (about 2 s
	// for each function with -race) takes a third less.
	out := t.TempDir()
	args := append(append([]string{"build", "-ldflags=-s -w"}, flags...), "-o", out+string(filepath.Separator))
	for _, fn := range funcs {
		args = append(args, "./"+fn)
	}
	if o, code := run(t, dir, "go", args...); code != 0 {
		t.Fatalf("go %s: %s", strings.Join(args, " "), o)
	}
	bins := map[string]string{}
	for _, fn := range funcs {
		bins[fn] = filepath.Join(out, filepath.Base(fn)) // go build names it for the last element
	}
	return bins
}

// invoke runs a function binary against a fake Lambda Runtime API that
// hands it the events, all at once so that a function with concurrency
// takes several together, and returns its answers in the order of the
// events, with its standard error.
func invoke(t *testing.T, bin string, ddb *fakeaws.DynamoDB, events []string, env ...string) ([]string, string) {
	t.Helper()
	rt, err := fakeaws.StartRuntime()
	if err != nil {
		t.Fatal(err)
	}
	defer rt.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	cmd.Env = fakeaws.Env(rt, ddb, t.TempDir(), append([]string{"TABLE_NAME=items", "REPORT_TABLE=monthly", "STAGE=prod"}, env...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The function's stderr may be read only once it has stopped.
	stop := sync.OnceFunc(func() { _ = cmd.Process.Kill(); _ = cmd.Wait() })
	defer stop()
	answers := make([]string, len(events))
	var wg sync.WaitGroup
	for i, ev := range events {
		wg.Go(func() {
			resp, _, err := rt.Invoke(ev, 50*time.Second)
			if err != nil {
				resp = err.Error()
			}
			answers[i] = resp
		})
	}
	wg.Wait()
	stop()
	for _, a := range answers {
		if a == fakeaws.ErrTimeout.Error() {
			t.Fatalf("%s did not answer %d invocations in time; stderr:\n%s", bin, len(events), stderr.String())
		}
	}
	return answers, stderr.String()
}

// newFakeDynamoDB answers Scan and GetItem with the table the request
// names, so a fix that changed the input would show.
func newFakeDynamoDB(t *testing.T) *fakeaws.DynamoDB {
	t.Helper()
	ddb, err := fakeaws.StartDynamoDB(fakeaws.Options{Answer: func(op string, in fakeaws.Request) any {
		item := func(id string) map[string]any {
			return map[string]any{"id": map[string]string{"S": id}, "name": map[string]string{"S": in.TableName + "/" + id}}
		}
		switch op {
		case "Scan":
			if in.Select == "COUNT" {
				return map[string]any{"Count": len(in.TableName), "ScannedCount": len(in.TableName)}
			}
			return map[string]any{"Count": 2, "ScannedCount": 2, "Items": []any{item("1"), item("2")}}
		case "GetItem":
			return map[string]any{"Item": item("stock")}
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ddb.Close() })
	return ddb
}
