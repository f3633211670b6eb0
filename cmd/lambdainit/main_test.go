package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
)

// buildTool returns the lambdainit command, built once for all the tests.
func buildTool(t *testing.T) string {
	t.Helper()
	bin, err := tool()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}

var tool = sync.OnceValues(func() (string, error) {
	bin := filepath.Join(toolDir, "lambdainit")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build: %w\n%s", err, out)
	}
	return bin, nil
})

// toolDir holds the built command; TestMain removes it.
var toolDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "lambdainit-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	toolDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// exampleDir returns the example module's directory, once its
// dependencies are in the build cache.
func exampleDir(t *testing.T) string {
	t.Helper()
	if err := exampleBuilt(); err != nil {
		t.Fatal(err)
	}
	return testdataDir("example")
}

func testdataDir(name string) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", name))
	if err != nil {
		panic(err)
	}
	return dir
}

// exampleBuilt and hazardsBuilt compile the dependencies of a fixture
// module once, before the tests that run go vet, go list -export or go
// build on it or on a copy of it. go commands running side by side do not
// wait for each other: with an empty build cache, each would compile the
// SDK packages it does not find there, once per test. The hazards module
// shares most of its dependencies with the example and compiles after it.
var (
	exampleBuilt = sync.OnceValue(func() error { return buildDeps(testdataDir("example")) })
	hazardsBuilt = sync.OnceValue(func() error {
		if err := exampleBuilt(); err != nil {
			return err
		}
		return buildDeps(testdataDir("hazards"))
	})
)

// buildDeps compiles the packages the module in dir imports from other
// modules (its own compile in each test's copy anyway).
func buildDeps(dir string) error {
	list := exec.Command("go", "list", "-deps", "-f", "{{with .Module}}{{if not .Main}}{{$.ImportPath}}{{end}}{{end}}", "./...")
	list.Dir = dir
	out, err := list.Output()
	if err != nil {
		return fmt.Errorf("go list -deps ./... in %s: %w", dir, err)
	}
	cmd := exec.Command("go", append([]string{"build"}, strings.Fields(string(out))...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go build in %s: %w\n%s", dir, err, out)
	}
	return nil
}

// run runs a command in dir and returns its combined output and exit code.
func run(t *testing.T, dir string, name string, args ...string) (string, int) {
	t.Helper()
	return runEnv(t, dir, nil, name, args...)
}

// runEnv is run with extra environment variables.
func runEnv(t *testing.T, dir string, env []string, name string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
		return buf.String(), 0
	case errors.As(err, &exit):
		return buf.String(), exit.ExitCode()
	}
	t.Fatalf("%s %v: %v\n%s", name, args, err, buf.String())
	return "", -1
}

var diagLine = regexp.MustCompile(`(?m)^(\S+\.go):(\d+):(\d+): (.*)$`)

// findings returns "file:line:col: message" for each diagnostic line of
// out, with paths made relative to dir, sorted.
func findings(t *testing.T, dir, out string) []string {
	t.Helper()
	var got []string
	for _, m := range diagLine.FindAllStringSubmatch(out, -1) {
		file := m[1]
		if filepath.IsAbs(file) {
			rel, err := filepath.Rel(dir, file)
			if err != nil {
				t.Fatal(err)
			}
			file = rel
		}
		got = append(got, filepath.ToSlash(strings.TrimPrefix(file, "./"))+":"+m[2]+":"+m[3]+": "+m[4])
	}
	slices.Sort(got)
	return got
}

func TestStandaloneAndVetAgree(t *testing.T) {
	t.Parallel()
	bin := buildTool(t)
	dir := exampleDir(t)

	out, code := run(t, dir, bin, "./...")
	if code != 3 {
		t.Fatalf("lambdainit ./... exited %d, want 3 (findings)\n%s", code, out)
	}
	standalone := findings(t, dir, out)
	want := []string{
		"legacy/main.go:17:10: session.NewSession builds a new session",
		"legacy/main.go:18:12: s3.New builds a new S3 client",
		"relayfn/main.go:15:15: relay.Handle, the handler registered here, builds a new SQS client and connection pool (sqs.NewFromConfig, relay/relay.go:36)",
		"scan/main.go:28:14: config.LoadDefaultConfig loads the shared config files",
		"scan/main.go:32:9: dynamodb.NewFromConfig builds a new DynamoDB client",
		"scan/main.go:34:13: dynamodb.ScanInput is rebuilt",
		"layered/cmd/invoices/main.go:11:28: api.Handle, the handler registered here, loads the shared config files and resolves credentials (config.LoadDefaultConfig, repository/dynamo.go:26) and builds a new DynamoDB client",
	}
	for _, w := range want {
		if !slices.ContainsFunc(standalone, func(s string) bool { return strings.HasPrefix(s, w) }) {
			t.Errorf("standalone output lacks %q\n%s", w, out)
		}
	}
	for _, s := range standalone {
		if strings.HasPrefix(s, "orders/") && !strings.Contains(s, "handler registered here") {
			t.Errorf("finding in orders, which builds its client in init: %s", s)
		}
	}

	vetOut, vetCode := run(t, dir, "go", "vet", "-vettool="+bin, "./...")
	if vetCode == 0 {
		t.Fatalf("go vet -vettool exited 0 with findings\n%s", vetOut)
	}
	// go vet sees one package at a time: a construction in another
	// package (layered/repository, relay) is named in the message, but it
	// has no related-information line there. Everything else is the same.
	vet := findings(t, dir, vetOut)
	var same []string
	for _, s := range standalone {
		if !strings.HasPrefix(s, "layered/repository/") && !strings.HasPrefix(s, "relay/") {
			same = append(same, s)
		}
	}
	if !slices.Equal(vet, same) {
		t.Errorf("go vet -vettool reports\n%s\nstandalone reports\n%s", strings.Join(vet, "\n"), strings.Join(standalone, "\n"))
	}
	if len(same) == len(standalone) {
		t.Errorf("standalone output lacks the related information in layered/repository:\n%s", out)
	}
}

func TestChecksFlag(t *testing.T) {
	t.Parallel()
	bin := buildTool(t)
	dir := exampleDir(t)
	out, _ := run(t, dir, bin, "-checks=params", "./...")
	got := findings(t, dir, out)
	var params []string
	for _, f := range got {
		if !strings.Contains(f, "\thandler registered here") {
			params = append(params, f)
		}
	}
	want := []string{
		"inventory/main.go:31:35: dynamodb.GetItemInput is rebuilt",
		"report/main.go:38:28: dynamodb.ScanInput is rebuilt",
		"scan/main.go:34:13: dynamodb.ScanInput is rebuilt",
	}
	if len(params) != len(want) {
		t.Fatalf("-checks=params reported:\n%s", strings.Join(got, "\n"))
	}
	for i, w := range want {
		if !strings.HasPrefix(params[i], w) {
			t.Errorf("-checks=params finding %d = %q, want %q…", i, params[i], w)
		}
	}
	vetOut, _ := run(t, dir, "go", "vet", "-vettool="+bin, "-checks=params", "./...")
	if vet := findings(t, dir, vetOut); !slices.Equal(vet, got) {
		t.Errorf("go vet -checks=params reports\n%s", strings.Join(vet, "\n"))
	}
	out, code := run(t, dir, bin, "-checks=clients", "./...")
	if code == 0 || !strings.Contains(out, `unknown check "clients"`) {
		t.Errorf("-checks=clients: exit %d, output\n%s", code, out)
	}
}

func TestHelp(t *testing.T) {
	t.Parallel()
	bin := buildTool(t)
	out, _ := run(t, os.TempDir(), bin, "-help")
	for _, want := range []string{"check for Init work repeated on every Lambda invocation", "-checks", "-fix", "-diff"} {
		if !strings.Contains(out, want) {
			t.Errorf("-help lacks %q:\n%s", want, out)
		}
	}
}

// TestREADMEExampleDiff checks that the README shows the example's fixes
// as lambdainit -fix -diff really prints them: scan's (into init),
// relay's (lazy, since its command sets what the client reads) and the
// layered api's (a call into another package of the module).
func TestREADMEExampleDiff(t *testing.T) {
	t.Parallel()
	bin := buildTool(t)
	dir := exampleDir(t)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for marker, file := range map[string]string{"example-diff": "scan/main.go", "example-lazy-diff": "relay/relay.go", "example-layered-diff": "layered/api/api.go"} {
		// The handlers of relay and layered/api live in library
		// packages: -handler-shapes reports and fixes them there.
		out, _ := run(t, dir, bin, "-handler-shapes", "-fix", "-diff", "./"+filepath.Dir(file))
		out = strings.ReplaceAll(out, filepath.Join(dir, filepath.FromSlash(file)), file)
		_, block, found := strings.Cut(string(readme), "<!-- "+marker+":begin -->\n```diff\n")
		block, _, _ = strings.Cut(block, "```\n<!-- "+marker+":end -->")
		if !found || block != out {
			t.Errorf("README's %s block differs from the tool's output:\n%s", marker, out)
		}
	}
}
