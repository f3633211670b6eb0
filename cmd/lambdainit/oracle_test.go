package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestFixExampleModule applies every fix to a copy of the example module,
// which uses the real aws-lambda-go and AWS SDK modules, and checks what a
// reviewer would: the fixed module is gofmt-clean, builds and vets; a
// second run finds nothing left to fix and changes nothing; and each
// function, run through its real main against a fake Lambda Runtime API and
// a fake DynamoDB on loopback, answers two invocations exactly as before.
func TestFixExampleModule(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the example functions against the real SDK")
	}
	tool := buildTool(t)
	dir := filepath.Join(t.TempDir(), "example")
	mustCopy(t, exampleDir(t), dir)

	funcs := []string{"scan", "report", "inventory"}
	before := buildFuncs(t, dir, funcs)

	out, code := run(t, dir, tool, "-fix", "./...")
	if code != 0 {
		t.Fatalf("lambdainit -fix ./... exited %d\n%s", code, out)
	}
	if out, _ := run(t, dir, "gofmt", "-l", "."); strings.TrimSpace(out) != "" {
		t.Errorf("fixed files are not gofmt-clean:\n%s", out)
	}
	for _, args := range [][]string{{"build", "./..."}, {"vet", "./..."}, {"test", "./..."}} {
		if out, code := run(t, dir, "go", args...); code != 0 {
			t.Fatalf("go %s on the fixed module: exit %d\n%s", strings.Join(args, " "), code, out)
		}
	}
	if out, code := run(t, dir, tool, "./..."); code != 0 {
		t.Errorf("lambdainit still reports findings after -fix:\n%s", out)
	}
	sum := treeHash(dir)
	if out, code := run(t, dir, tool, "-fix", "./..."); code != 0 || treeHash(dir) != sum {
		t.Errorf("a second -fix changed the module (exit %d):\n%s", code, out)
	}
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
	// goroutines at once, which then share what the fix hoisted. Built
	// with the race detector, the fixed functions answer eight concurrent
	// invocations as they answer one, with no data race.
	for _, fn := range funcs {
		bin := filepath.Join(t.TempDir(), fn)
		if out, code := run(t, dir, "go", "build", "-race", "-o", bin, "./"+fn); code != 0 {
			t.Fatalf("go build -race ./%s: %s", fn, out)
		}
		one, _ := invoke(t, after[fn], ddb, events[fn][:1])
		many := slices.Repeat(events[fn][:1], 8)
		got, stderr := invoke(t, bin, ddb, many, "AWS_LAMBDA_MAX_CONCURRENCY=4")
		if strings.Contains(stderr, "DATA RACE") {
			t.Errorf("%s: data race between concurrent invocations:\n%s", fn, stderr)
		}
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

func buildFuncs(t *testing.T, dir string, funcs []string) map[string]string {
	t.Helper()
	bins := map[string]string{}
	out := t.TempDir()
	for _, fn := range funcs {
		bin := filepath.Join(out, fn)
		if out, code := run(t, dir, "go", "build", "-o", bin, "./"+fn); code != 0 {
			t.Fatalf("go build ./%s: %s", fn, out)
		}
		bins[fn] = bin
	}
	return bins
}

// invoke runs a function binary against a fake Lambda Runtime API that
// hands it the events one by one, and returns its responses.
func invoke(t *testing.T, bin string, ddb string, events []string, env ...string) ([]string, string) {
	t.Helper()
	rt := &fakeRuntime{events: events, done: make(chan struct{})}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: rt}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin)
	home := t.TempDir()
	cmd.Env = []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"AWS_LAMBDA_RUNTIME_API=" + ln.Addr().String(),
		"AWS_REGION=eu-west-1",
		"AWS_ACCESS_KEY_ID=AKIDEXAMPLE",
		"AWS_SECRET_ACCESS_KEY=secret",
		"AWS_EC2_METADATA_DISABLED=true",
		"AWS_ENDPOINT_URL_DYNAMODB=" + ddb,
		"TABLE_NAME=items",
		"REPORT_TABLE=monthly",
		"STAGE=prod",
	}
	cmd.Env = append(cmd.Env, env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-rt.done:
	case <-ctx.Done():
		t.Fatalf("%s did not answer %d invocations in time; stderr:\n%s", bin, len(events), stderr.String())
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return rt.responses, stderr.String()
}

// fakeRuntime serves the Lambda Runtime API's invocation endpoints.
type fakeRuntime struct {
	mu        sync.Mutex
	events    []string
	next      int
	responses []string
	done      chan struct{}
}

func (rt *fakeRuntime) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	const prefix = "/2018-06-01/runtime/invocation/"
	path := strings.TrimPrefix(r.URL.Path, prefix)
	switch {
	case r.Method == http.MethodGet && path == "next":
		rt.mu.Lock()
		i := rt.next
		rt.next++
		rt.mu.Unlock()
		if i >= len(rt.events) {
			<-r.Context().Done() // no more work: block as the real API does
			return
		}
		w.Header().Set("Lambda-Runtime-Aws-Request-Id", "req-"+strconv.Itoa(i))
		w.Header().Set("Lambda-Runtime-Deadline-Ms", strconv.FormatInt(time.Now().Add(time.Minute).UnixMilli(), 10))
		w.Header().Set("Lambda-Runtime-Invoked-Function-Arn", "arn:aws:lambda:eu-west-1:123456789012:function:f")
		_, _ = io.WriteString(w, rt.events[i])
	case r.Method == http.MethodPost && (strings.HasSuffix(path, "/response") || strings.HasSuffix(path, "/error")):
		body, _ := io.ReadAll(r.Body)
		rt.mu.Lock()
		kind := "response"
		if strings.HasSuffix(path, "/error") {
			kind = "error"
		}
		rt.responses = append(rt.responses, kind+" "+string(body))
		if len(rt.responses) == len(rt.events) {
			close(rt.done)
		}
		rt.mu.Unlock()
		w.WriteHeader(http.StatusAccepted)
	default:
		http.Error(w, "unexpected "+r.Method+" "+r.URL.Path, http.StatusNotFound)
	}
}

// newFakeDynamoDB serves Scan and GetItem on loopback, answering with the
// table the request names, so a fix that changed the input would show.
func newFakeDynamoDB(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var in struct {
			TableName string
			Select    string
		}
		_ = json.NewDecoder(r.Body).Decode(&in)
		w.Header().Set("Content-Type", "application/x-amz-json-1.0")
		item := func(id string) map[string]any {
			return map[string]any{"id": map[string]string{"S": id}, "name": map[string]string{"S": in.TableName + "/" + id}}
		}
		var out any
		switch op := r.Header.Get("X-Amz-Target"); op {
		case "DynamoDB_20120810.Scan":
			count := len(in.TableName)
			if in.Select == "COUNT" {
				out = map[string]any{"Count": count, "ScannedCount": count}
			} else {
				out = map[string]any{"Count": 2, "ScannedCount": 2, "Items": []any{item("1"), item("2")}}
			}
		case "DynamoDB_20120810.GetItem":
			out = map[string]any{"Item": item("stock")}
		default:
			http.Error(w, `{"__type":"UnknownOperationException"}`, http.StatusBadRequest)
			return
		}
		_ = json.NewEncoder(w).Encode(out)
	})}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	return "http://" + ln.Addr().String()
}
